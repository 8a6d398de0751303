import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A real Neo4j Community server without Docker: the embedded DBMS with its Bolt connector on a
 * loopback port. neo4j-local.mjs runs it as a single-file program:
 *   java [flags] -cp 'lib/*' Launcher.java HOME PORT PASSWORD
 * It prints one READY line once a query has run, and shuts down cleanly on SIGTERM.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Launcher HOME PORT PASSWORD");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = args[2];
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
        // With -Dsamverkan.exitOnStdinEof=true the JVM ends when its parent's pipe closes, so a
        // crashed test runner cannot leave an orphaned server holding the port and the store lock.
        if (Boolean.getBoolean("samverkan.exitOnStdinEof")) {
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // ignore input; only end-of-file matters
                    }
                } catch (java.io.IOException ignored) {
                    // a broken pipe means the parent is gone, too
                }
                System.exit(0);
            }, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        // Auth is on so the app's credentials path is exercised; the system database owns users.
        setPassword(dbms, password);
        dbms.database("neo4j").executeTransactionally("RETURN 1");
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    /**
     * Gives the user neo4j this password. Restarting on existing data with the password it already
     * has is the usual case, and Neo4j refuses to "change" a password to itself: that refusal means
     * the password is right, so it is not an error here.
     */
    static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = t.getMessage();
                if (message != null && message.contains("Old password and new password cannot be the same")) return;
            }
            throw e;
        }
    }
}
