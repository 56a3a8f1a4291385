// International bodies, alliances and well-known armed groups, by the names
// news copy uses. `country` marks a body that belongs to one state.
export interface OrganizationEntry {
  name: string;
  aliases: string[];
  /** A larger body it is part of (by canonical name). */
  partOf?: string;
  /** ISO code of the state it belongs to. */
  country?: string;
  /** Members answer for the body: "the G7 ministers" speak for each member. */
  members?: string[];
  kind: 'international' | 'government' | 'armed-group';
}

export const ORGANIZATIONS: OrganizationEntry[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'], kind: 'international' },
  { name: 'UN Security Council', aliases: ['United Nations Security Council', 'Security Council', 'UNSC', 'U.N. Security Council'], partOf: 'United Nations', kind: 'international' },
  { name: 'UN General Assembly', aliases: ['United Nations General Assembly', 'General Assembly', 'UNGA'], partOf: 'United Nations', kind: 'international' },
  { name: 'UN Human Rights Council', aliases: ['Human Rights Council', 'UNHRC'], partOf: 'United Nations', kind: 'international' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], kind: 'international' },
  { name: 'World Health Organization', aliases: ['WHO'], kind: 'international' },
  { name: 'International Criminal Court', aliases: ['ICC'], kind: 'international' },
  { name: 'International Court of Justice', aliases: ['ICJ', 'World Court'], kind: 'international' },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], kind: 'international' },
  { name: 'UNICEF', aliases: ["United Nations Children's Fund"], partOf: 'United Nations', kind: 'international' },
  { name: 'UNHCR', aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees'], partOf: 'United Nations', kind: 'international' },
  // UN missions and agencies news names by acronym.
  { name: 'UN Interim Force in Lebanon', aliases: ['UNIFIL', 'United Nations Interim Force in Lebanon'], partOf: 'United Nations', kind: 'international' },
  { name: 'MINURSO', aliases: ['UN Mission for the Referendum in Western Sahara'], partOf: 'United Nations', kind: 'international' },
  { name: 'MONUSCO', aliases: [], partOf: 'United Nations', kind: 'international' },
  { name: 'UNMISS', aliases: ['UN Mission in South Sudan'], partOf: 'United Nations', kind: 'international' },
  { name: 'UNISFA', aliases: ['UN Interim Security Force for Abyei'], partOf: 'United Nations', kind: 'international' },
  { name: 'UNDOF', aliases: [], partOf: 'United Nations', kind: 'international' },
  { name: 'UNFICYP', aliases: [], partOf: 'United Nations', kind: 'international' },
  { name: 'UNRWA', aliases: [], partOf: 'United Nations', kind: 'international' },
  { name: 'World Food Programme', aliases: ['WFP'], partOf: 'United Nations', kind: 'international' },
  { name: 'OCHA', aliases: ['UN Office for the Coordination of Humanitarian Affairs'], partOf: 'United Nations', kind: 'international' },
  { name: 'World Bank', aliases: [], kind: 'international' },
  { name: 'International Monetary Fund', aliases: ['IMF'], kind: 'international' },
  { name: 'World Trade Organization', aliases: ['WTO'], kind: 'international' },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'Nato', 'the alliance'], kind: 'international' },
  { name: 'European Union', aliases: ['EU', 'E.U.'], kind: 'international' },
  { name: 'European Commission', aliases: [], partOf: 'European Union', kind: 'international' },
  { name: 'European Parliament', aliases: [], partOf: 'European Union', kind: 'international' },
  { name: 'European Council', aliases: [], partOf: 'European Union', kind: 'international' },
  { name: 'European External Action Service', aliases: ['EEAS', "EU's diplomatic service", 'EU diplomatic service'], partOf: 'European Union', kind: 'international' },
  { name: 'Council of Europe', aliases: [], kind: 'international' },
  { name: 'KFOR', aliases: ['Kosovo Force'], partOf: 'NATO', kind: 'international' },
  { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], kind: 'international' },
  { name: 'Minsk Group', aliases: ['OSCE Minsk Group'], partOf: 'OSCE', kind: 'international' },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations', 'Asean'], kind: 'international' },
  { name: 'African Union', aliases: ['AU'], kind: 'international' },
  { name: 'African Union Commission', aliases: ['AU Commission'], partOf: 'African Union', kind: 'international' },
  { name: 'ECOWAS', aliases: ['Economic Community of West African States'], kind: 'international' },
  { name: 'Southern African Development Community', aliases: ['SADC'], kind: 'international' },
  { name: 'East African Community', aliases: ['EAC'], kind: 'international' },
  { name: 'IGAD', aliases: ['Intergovernmental Authority on Development'], kind: 'international' },
  { name: 'Arab League', aliases: ['League of Arab States'], kind: 'international' },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'], kind: 'international' },
  { name: 'Organisation of Islamic Cooperation', aliases: ['Organization of Islamic Cooperation', 'OIC'], kind: 'international' },
  { name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organization', 'SCO'], kind: 'international' },
  { name: 'BRICS', aliases: [], kind: 'international' },
  { name: 'Organization of American States', aliases: ['OAS'], kind: 'international' },
  { name: 'Commonwealth of Independent States', aliases: ['CIS'], kind: 'international' },
  { name: 'Collective Security Treaty Organization', aliases: ['CSTO'], kind: 'international' },
  { name: 'SAARC', aliases: ['South Asian Association for Regional Cooperation'], kind: 'international' },
  { name: 'OPEC', aliases: [], kind: 'international' },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'], members: ['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'US'], kind: 'international' },
  { name: 'Group of 20', aliases: ['G20', 'G-20', 'Group of Twenty'], kind: 'international' },
  { name: 'Quad', aliases: [], members: ['US', 'IN', 'JP', 'AU'], kind: 'international' },
  { name: 'E3', aliases: [], members: ['GB', 'FR', 'DE'], kind: 'international' },
  // Armed and militant groups that news names without introducing them.
  { name: 'Hamas', aliases: [], kind: 'armed-group' },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizbullah'], kind: 'armed-group' },
  { name: 'Houthis', aliases: ['Houthi', 'Ansar Allah', 'Houthi rebels'], kind: 'armed-group' },
  // In power in Kabul since 2021: its ministries and envoys speak for Afghanistan.
  { name: 'Taliban', aliases: ['Islamic Emirate'], country: 'AF', kind: 'government' },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh'], kind: 'armed-group' },
  { name: 'al-Qaeda', aliases: ['Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida'], kind: 'armed-group' },
  { name: 'al-Shabaab', aliases: ['Al-Shabaab', 'al Shabaab'], kind: 'armed-group' },
  { name: 'Boko Haram', aliases: [], kind: 'armed-group' },
  { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard'], country: 'IR', kind: 'government' },
  { name: 'Wagner Group', aliases: [], kind: 'armed-group' },
  { name: 'Rapid Support Forces', aliases: ['RSF'], kind: 'armed-group' },
  { name: 'PKK', aliases: ["Kurdistan Workers' Party"], kind: 'armed-group' },
  // Seats of government that act as bodies.
  { name: 'White House', aliases: [], country: 'US', kind: 'government' },
  { name: 'Pentagon', aliases: ['US Department of Defense', 'Department of Defense', 'Defense Department', 'Department of War'], country: 'US', kind: 'government' },
  { name: 'US State Department', aliases: ['State Department', 'US Department of State', 'Department of State'], country: 'US', kind: 'government' },
  { name: 'Joint Chiefs of Staff', aliases: [], country: 'US', kind: 'government' },
  // National police and gendarmeries news names without their state.
  { name: 'Carabineros', aliases: ['Carabineros de Chile'], country: 'CL', kind: 'government' },
  { name: 'Guardia Civil', aliases: [], country: 'ES', kind: 'government' },
  { name: 'Gendarmerie', aliases: ['Gendarmerie nationale'], country: 'FR', kind: 'government' },
  { name: 'Carabinieri', aliases: [], country: 'IT', kind: 'government' },
  { name: 'US Central Command', aliases: ['CENTCOM', 'Central Command', 'U.S. Central Command'], country: 'US', kind: 'government' },
  { name: 'US Indo-Pacific Command', aliases: ['INDOPACOM', 'Indo-Pacific Command'], country: 'US', kind: 'government' },
  { name: 'US European Command', aliases: ['EUCOM', 'European Command'], country: 'US', kind: 'government' },
  { name: 'US Africa Command', aliases: ['AFRICOM', 'Africa Command'], country: 'US', kind: 'government' },
  { name: 'US Congress', aliases: ['Congress'], country: 'US', kind: 'government' },
  { name: 'Kremlin', aliases: [], country: 'RU', kind: 'government' },
];

/**
 * Bodies of a state, named after the state: "the Russian Foreign Ministry",
 * "Pakistan's Foreign Office", "the Indian Army". Keys are the surface heads,
 * values the canonical head the body is named with.
 */
export const GOVERNMENT_BODIES: Record<string, string> = {
  'foreign ministry': 'Foreign Ministry',
  'ministry of foreign affairs': 'Foreign Ministry',
  'foreign affairs ministry': 'Foreign Ministry',
  'foreign office': 'Foreign Office',
  'external affairs ministry': 'External Affairs Ministry',
  'ministry of external affairs': 'External Affairs Ministry',
  'defence ministry': 'Defence Ministry',
  'defense ministry': 'Defense Ministry',
  'ministry of defence': 'Defence Ministry',
  'ministry of defense': 'Defense Ministry',
  'ministry of national defence': 'Defence Ministry',
  'ministry of national defense': 'Defense Ministry',
  'interior ministry': 'Interior Ministry',
  'energy ministry': 'Energy Ministry',
  'ministry of energy': 'Energy Ministry',
  'oil ministry': 'Oil Ministry',
  'finance ministry': 'Finance Ministry',
  'ministry of finance': 'Finance Ministry',
  'trade ministry': 'Trade Ministry',
  'justice ministry': 'Justice Ministry',
  'information ministry': 'Information Ministry',
  'health ministry': 'Health Ministry',
  'state department': 'State Department',
  'army': 'Army',
  'navy': 'Navy',
  'air force': 'Air Force',
  'armed forces': 'armed forces',
  'military': 'armed forces',
  'presidency': 'presidency',
  'presidential office': 'presidential office',
  'government': 'government',
  'embassy': 'Embassy',
  'parliament': 'Parliament',
  'cabinet': 'Cabinet',
  'national security council': 'National Security Council',
  'national security committee': 'National Security Committee',
  'security council': 'Security Council',
  'strategic council on foreign relations': 'Strategic Council on Foreign Relations',
  'ministry': 'ministry',
  'mission to the united nations': 'Mission to the United Nations',
  'coast guard': 'Coast Guard',
  'intelligence agency': 'intelligence agency',
  'foreign intelligence service': 'Foreign Intelligence Service',
};

/** Heads that name the government itself, not a body: "the Indian government" is India. */
export const GOVERNMENT_IS_COUNTRY = new Set(['government']);

/** Words that refer back to the last body named: "the ministry said". */
export const BODY_ANAPHORS: Record<string, string[]> = {
  ministry: ['Foreign Ministry', 'Defence Ministry', 'Defense Ministry', 'Interior Ministry', 'External Affairs Ministry', 'ministry'],
  'foreign ministry': ['Foreign Ministry'],
  department: ['State Department'],
  committee: ['National Security Committee'],
  council: ['Security Council', 'UN Security Council', 'National Security Council'],
  office: ['Foreign Office'],
  army: ['Army'],
  embassy: ['Embassy'],
};
