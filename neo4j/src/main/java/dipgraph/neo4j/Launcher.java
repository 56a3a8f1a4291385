package dipgraph.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * A local Neo4j Community server for dipgraph: an embedded DBMS with the Bolt connector on
 * 127.0.0.1, so neo4j-driver talks to it exactly as to any other Neo4j 5.x server.
 *
 * <p>Configuration (environment; the first argument, if given, overrides the data directory):
 * <ul>
 *   <li>NEO4J_PORT       Bolt port on 127.0.0.1 (default 7687)</li>
 *   <li>NEO4J_DATA_DIR   data directory: databases, transaction logs, debug.log (default neo4j/run/data)</li>
 *   <li>NEO4J_READY_FILE written once the server answered a first query; deleted at shutdown (optional)</li>
 *   <li>NEO4J_PAGECACHE  page cache size, e.g. 256m or 1g (default 256m)</li>
 * </ul>
 *
 * <p>Auth is disabled, which is why the connector only ever binds to the loopback address. The HTTP(S)
 * connectors, the routing connector and usage reporting are off. The user log goes to stdout
 * (scripts/neo4j.sh sends it to neo4j/run/neo4j.log); the debug log lives in DATA_DIR/logs.
 * SIGTERM (or Ctrl-C) shuts the DBMS down cleanly through a shutdown hook.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            System.err.println("dipgraph-neo4j: failed to start: " + t);
            t.printStackTrace();
            System.out.flush();
            System.err.flush();
            // halt, not exit: a half-started DBMS can hold non-daemon threads and shutdown hooks.
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int port = parsePort(env("NEO4J_PORT", "7687"));
        Path dataDir = Path.of(args.length > 0 ? args[0] : env("NEO4J_DATA_DIR", "neo4j/run/data"))
                .toAbsolutePath()
                .normalize();
        String readyEnv = env("NEO4J_READY_FILE", "");
        Path readyFile = readyEnv.isEmpty() ? null : Path.of(readyEnv).toAbsolutePath().normalize();
        long pageCache = parseBytes(env("NEO4J_PAGECACHE", "256m"));

        if (readyFile != null) {
            Files.deleteIfExists(readyFile);
        }
        Files.createDirectories(dataDir);
        String uri = "bolt://" + HOST + ":" + port;
        log("starting Neo4j on " + uri + ", data " + dataDir + ", page cache " + pageCache / ByteUnit.mebiBytes(1) + "m, pid "
                + ProcessHandle.current().pid());

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setUserLogProvider(new Log4jLogProvider(System.out))
                .setConfig(GraphDatabaseSettings.data_directory, dataDir)
                .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // A development store: keep transaction log files small instead of 256 MiB preallocated each.
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // By default Bolt spends ~10 s shutting down (5 s for idle connections, a 5 s quiet period
                // for its Netty event loops): keep `stop` quick.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(3))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            deleteQuietly(readyFile);
            try {
                dbms.shutdown();
                log("stopped");
            } catch (Throwable t) {
                System.err.println("dipgraph-neo4j: error during shutdown: " + t);
            }
            stopped.countDown();
        }, "dipgraph-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long one = db.executeTransactionally("RETURN 1 AS one", java.util.Map.of(),
                result -> ((Number) result.next().get("one")).longValue());
        if (one != 1) {
            throw new IllegalStateException("RETURN 1 answered " + one);
        }
        String version = db.executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                java.util.Map.of(), result -> String.valueOf(result.next().get("v")));

        if (readyFile != null) {
            Files.createDirectories(readyFile.getParent());
            Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
            String content = "uri=" + uri + "\nversion=" + version + "\npid=" + ProcessHandle.current().pid()
                    + "\ndata=" + dataDir + "\n";
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        log("ready: Neo4j " + version + " on " + uri + " (" + Duration.ofNanos(System.nanoTime() - t0).toMillis() + " ms)");

        // The DBMS runs on its own threads; wait here until the shutdown hook has finished.
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int parsePort(String value) {
        int port = Integer.parseInt(value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("NEO4J_PORT out of range: " + value);
        }
        return port;
    }

    /** "256m", "1g", "512k" or a plain byte count. */
    private static long parseBytes(String value) {
        String v = value.trim().toLowerCase();
        long unit = 1;
        char last = v.charAt(v.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? ByteUnit.kibiBytes(1) : last == 'm' ? ByteUnit.mebiBytes(1) : ByteUnit.gibiBytes(1);
            v = v.substring(0, v.length() - 1);
        }
        return Long.parseLong(v) * unit;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing to do at shutdown
        }
    }

    private static void log(String message) {
        System.out.println("dipgraph-neo4j: " + message);
        System.out.flush();
    }
}
