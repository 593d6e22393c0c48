package plangraph.neo4j;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

import inet.ipaddr.IPAddressString;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Embedded Neo4j Community server for plangraph development and CI.
 *
 * <p>Starts a DBMS in its own directory with only the Bolt connector on 127.0.0.1, authentication on,
 * usage reporting off, and on first start sets the password of user {@code neo4j} from the
 * environment. Runs until killed; SIGTERM shuts the DBMS down cleanly.
 *
 * <p>Arguments (each falls back to an environment variable, then a default):
 * <pre>
 *   --data-dir DIR   NEO4J_DATA_DIR   (required one way or the other)
 *   --port N         NEO4J_PORT       7687
 *   --page-cache S   NEO4J_PAGECACHE  64m   (k/m/g suffix)
 *   password         NEO4J_PASSWORD   plangraph-dev   (environment only, never an argument)
 * </pre>
 */
public final class Launcher {
    static final String DEFAULT_PASSWORD = "plangraph-dev";
    static final int MIN_PASSWORD_LENGTH = 8;

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts;
        try {
            opts = parseArgs(args);
        } catch (IllegalArgumentException e) {
            fail(2, e.getMessage());
            return;
        }
        String dataDirText = opt(opts, "--data-dir", "NEO4J_DATA_DIR", null);
        if (dataDirText == null || dataDirText.isBlank()) {
            fail(2, "no data directory: pass --data-dir DIR or set NEO4J_DATA_DIR");
        }
        Path home = Path.of(dataDirText).toAbsolutePath().normalize();
        int port = parsePort(opt(opts, "--port", "NEO4J_PORT", "7687"));
        long pageCache = parseSize(opt(opts, "--page-cache", "NEO4J_PAGECACHE", "64m"));
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            password = DEFAULT_PASSWORD;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            fail(2, "NEO4J_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters (Neo4j 5 rule)");
        }
        Files.createDirectories(home);
        boolean firstStart = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
        if (firstStart) {
            writeInitialPassword(home, password);
        }

        log("starting Neo4j in " + home + " (bolt 127.0.0.1:" + port + ")");
        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                // Network: Bolt only, loopback only; no HTTP(S).
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // The databases are already stopped when Bolt shuts down; its default 5 s waits
                // (x2 connectors) only make a stop slow.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Security.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // No outgoing calls: usage data collection ("UDC", on by default) off, and its
                // network sending off as a second guard.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                // LOAD CSV: no URL fetches from any address, and file:/// URLs confined to
                // <data dir>/import (embedded Neo4j otherwise lets them read any file).
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
                // Modest footprint for a development/CI machine.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                dbms.shutdown();
                log("stopped");
            } catch (RuntimeException e) {
                log("error during shutdown: " + e);
            } finally {
                stopped.countDown();
            }
        }, "plangraph-neo4j-shutdown"));

        try {
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            ensurePassword(system, password, firstStart);
            // auth.ini has done its job once the system database exists.
            Files.deleteIfExists(home.resolve("data").resolve("dbms").resolve("auth.ini"));
            String version = serverVersion(system);
            double secs = (System.nanoTime() - t0) / 1e9;
            log(String.format("READY bolt://127.0.0.1:%d Neo4j %s (started in %.1f s)", port, version, secs));
        } catch (RuntimeException | java.io.IOException e) {
            log("start-up failed: " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }

        // Park the main thread; the JVM exits on SIGTERM/SIGINT after the shutdown hook ran.
        stopped.await();
    }

    /**
     * Before the very first start, do what {@code neo4j-admin dbms set-initial-password} does:
     * write {@code data/dbms/auth.ini}, which the system database reads when it is created. So the
     * user {@code neo4j} has the password from the environment before Bolt opens.
     */
    private static void writeInitialPassword(Path home, String password) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            ExecutionContext ctx = new ExecutionContext(home, home.resolve("conf"), quiet, System.out, fs);
            int rc = new CommandLine(new SetInitialPasswordCommand(ctx)).execute(password);
            if (rc != 0) {
                log("WARNING: set-initial-password returned " + rc + "; will set the password through Cypher");
            }
        } catch (Exception e) {
            log("WARNING: set-initial-password failed (" + e + "); will set the password through Cypher");
        }
    }

    /**
     * Check the user {@code neo4j} on the system database. Normally the initial password was set
     * from auth.ini; should the user still have the default password (forced change), set it
     * through Cypher instead. On later starts leave the stored password alone.
     */
    private static void ensurePassword(GraphDatabaseService system, String password, boolean firstStart) {
        Boolean changeRequired = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
                Map.of(),
                result -> result.hasNext() ? (Boolean) result.next().get("passwordChangeRequired") : null);
        if (changeRequired == null) {
            log("WARNING: user neo4j does not exist; password not set");
        } else if (changeRequired) {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            log("password of user neo4j set from NEO4J_PASSWORD (through Cypher)");
        } else if (firstStart) {
            log("password of user neo4j set from NEO4J_PASSWORD (first start)");
        } else {
            log("password of user neo4j was set on an earlier start and is kept"
                    + " (NEO4J_PASSWORD is applied only when the data directory is new)");
        }
    }

    private static String serverVersion(GraphDatabaseService system) {
        return system.executeTransactionally(
                "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] + ' ' + edition AS v",
                Map.of(),
                result -> result.hasNext() ? String.valueOf(result.next().get("v")) : "?");
    }

    private static Map<String, String> parseArgs(String[] args) {
        List<String> known = List.of("--data-dir", "--port", "--page-cache");
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String key = a;
            String value;
            int eq = a.indexOf('=');
            if (eq > 0) {
                key = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value for " + a);
            }
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown argument " + key + " (known: " + known + ")");
            }
            out.put(key, value);
        }
        return out;
    }

    private static String opt(Map<String, String> opts, String flag, String env, String dflt) {
        String v = opts.get(flag);
        if (v == null || v.isEmpty()) {
            v = System.getenv(env);
        }
        return (v == null || v.isEmpty()) ? dflt : v;
    }

    private static int parsePort(String text) {
        try {
            int p = Integer.parseInt(text.trim());
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        fail(2, "bad port: " + text);
        return -1;
    }

    private static long parseSize(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        long mult = 1;
        if (t.endsWith("k")) {
            mult = 1L << 10;
        } else if (t.endsWith("m")) {
            mult = 1L << 20;
        } else if (t.endsWith("g")) {
            mult = 1L << 30;
        }
        if (mult != 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Long.parseLong(t) * mult;
        } catch (NumberFormatException e) {
            fail(2, "bad size: " + text);
            return -1;
        }
    }

    private static void log(String msg) {
        System.out.println("[plangraph-neo4j] " + java.time.LocalDateTime.now().withNano(0) + " " + msg);
        System.out.flush();
    }

    private static void fail(int code, String msg) {
        log("ERROR: " + msg);
        System.exit(code);
    }
}
