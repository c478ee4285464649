package vn.cadres.platform.history;

import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cadres.platform.eventstore.EventLog;

/**
 * Command line for auditors, without starting a service:
 *
 * <pre>
 * AuditCommand verify-bundle FILE [KEY_SHA256]   check a downloaded bundle offline
 * AuditCommand verify-store MONGODB_URI DATABASE  recompute every hash chain of a service's store
 * </pre>
 *
 * Exits 0 when everything holds, 1 when something was altered (the first problem is printed), 2 for
 * bad arguments.
 */
public final class AuditCommand {

    static final String USAGE = """
            usage:
              AuditCommand verify-bundle FILE [KEY_SHA256]
                  verify an audit bundle offline: signature, digests, every chain, every head;
                  KEY_SHA256 is the fingerprint GET /api/history/export/key publishes
              AuditCommand verify-store MONGODB_URI DATABASE
                  recompute every hash chain of a service's store (DATABASE: cadre-service, ...)
            """;

    private AuditCommand() {
    }

    public static void main(String[] args) {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length >= 2 && args.length <= 3 && args[0].equals("verify-bundle")) {
                return verifyBundle(Path.of(args[1]), args.length == 3 ? args[2] : null, out);
            }
            if (args.length == 3 && args[0].equals("verify-store")) {
                return verifyStore(args[1], args[2], out);
            }
            err.print(USAGE);
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("cannot verify: " + e.getMessage());
            return 2;
        }
    }

    private static int verifyBundle(Path bundle, String keySha256, PrintStream out) throws IOException {
        if (!Files.isRegularFile(bundle)) {
            throw new IOException("no file " + bundle);
        }
        BundleVerifier.Verdict verdict = BundleVerifier.verify(bundle, keySha256);
        if (verdict.intact()) {
            out.println("intact: " + verdict.events() + " events of " + verdict.records()
                    + " records, signed by key sha256:" + verdict.keySha256());
            return 0;
        }
        out.println("NOT INTACT: " + verdict.problem());
        return 1;
    }

    private static int verifyStore(String uri, String database, PrintStream out) {
        try (MongoClient client = MongoClients.create(uri)) {
            ChainVerifier verifier = new ChainVerifier();
            new StoreScan(new EventLog(client.getDatabase(database), 1000, 10_000)).scanAll(verifier::accept);
            ChainVerifier.Report report = verifier.report();
            if (report.intact()) {
                out.println("intact: " + report.events() + " events of " + report.records() + " records");
                return 0;
            }
            ChainVerifier.BrokenLink broken = report.broken();
            out.println("BROKEN at record " + broken.recordId() + ", event " + broken.sequence() + " (global position "
                    + broken.globalIndex() + ", id " + broken.eventId() + ", " + broken.type() + "): "
                    + broken.problem());
            return 1;
        }
    }
}
