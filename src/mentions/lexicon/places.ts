// Regions and sub-national places that news names without a cue word: world
// knowledge that generalizes across stories.
export const REGIONS: string[] = [
  'Middle East', 'South Asia', 'Southeast Asia', 'East Asia', 'Central Asia', 'West Asia', 'Asia-Pacific', 'Indo-Pacific',
  'South Caucasus', 'Caucasus', 'Balkans', 'Western Balkans', 'Horn of Africa', 'Sahel', 'West Africa', 'East Africa', 'North Africa',
  'Great Lakes region', 'Great Lakes', 'Gulf', 'Persian Gulf', 'Red Sea', 'South China Sea', 'East China Sea', 'Taiwan Strait', 'Black Sea',
  'Baltic', 'Arctic', 'Latin America', 'Caribbean', 'Eastern Europe', 'Europe', 'Africa', 'Asia', 'Gaza', 'Gaza Strip', 'West Bank',
  'East Jerusalem', 'Golan Heights', 'Kashmir', 'Jammu and Kashmir', 'Azad Jammu and Kashmir', 'Pakistan-occupied Kashmir', 'Ladakh',
  'Line of Control', 'Crimea', 'Donbas', 'Donbass', 'Nagorno-Karabakh', 'Karabakh', 'Kurdistan', 'Darfur', 'Tigray', 'Xinjiang', 'Tibet',
  'Punjab', 'Balochistan', 'Khyber Pakhtunkhwa', 'Sinai', 'Western Sahara', 'Transnistria', 'Abkhazia', 'South Ossetia', 'Kosovo',
];

/** Cue words after a name that make it a place: "Sisaket province". */
export const PLACE_SUFFIXES = new Set(['province', 'provinces', 'region', 'district', 'state', 'city', 'town', 'village', 'valley', 'county', 'governorate', 'oblast', 'prefecture', 'temple', 'border', 'exclave', 'enclave', 'corridor', 'strait']);

/**
 * Territories whose sovereignty is itself in dispute. A strike on a town in
 * one is reported as a strike on the territory; a town's province is only
 * where the town lies ("Bahawalpur in Punjab").
 */
export const DISPUTED_TERRITORIES = new Set([
  'Kashmir', 'Jammu and Kashmir', 'Azad Jammu and Kashmir', 'Pakistan-occupied Kashmir', 'Gaza', 'Gaza Strip', 'West Bank', 'East Jerusalem',
  'Golan Heights', 'Crimea', 'Donbas', 'Donbass', 'Nagorno-Karabakh', 'Karabakh', 'Western Sahara', 'Transnistria', 'Abkhazia', 'South Ossetia', 'Kosovo',
]);
