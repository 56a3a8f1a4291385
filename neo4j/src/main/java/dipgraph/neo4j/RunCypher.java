package dipgraph.neo4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;

/**
 * Runs Cypher files against the default database of a stopped data directory, without any connector,
 * and prints each row as one line of JSON. It reads a store that `neo4j-admin database import` wrote
 * before any server has opened it (scripts/neo4j.sh cypher).
 *
 * <p>Usage: RunCypher DATA_DIR FILE.cypher... (string, number, boolean and null values; others as strings)
 */
public final class RunCypher {
    private RunCypher() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RunCypher DATA_DIR FILE.cypher...");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath().normalize();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(GraphDatabaseSettings.data_directory, dataDir)
                .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            for (int i = 1; i < args.length; i++) {
                String cypher = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
                List<String> lines = db.executeTransactionally(cypher, Map.of(), RunCypher::jsonLines);
                lines.forEach(System.out::println);
            }
        } finally {
            dbms.shutdown();
        }
    }

    private static List<String> jsonLines(Result result) {
        List<String> lines = new ArrayList<>();
        List<String> columns = result.columns();
        while (result.hasNext()) {
            Map<String, Object> row = result.next();
            StringBuilder line = new StringBuilder("{");
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    line.append(',');
                }
                line.append(quote(columns.get(c))).append(':').append(value(row.get(columns.get(c))));
            }
            lines.add(line.append('}').toString());
        }
        return lines;
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
