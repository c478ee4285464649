package vn.cadres.platform.security;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.cadres.contracts.ProvinceCode;

/**
 * Command line for local runs: creates the local signing keys and mints tokens to call the
 * services with, without starting Spring.
 *
 * <pre>
 * Tokens init --data-dir DIR
 * Tokens mint --data-dir DIR ROLE [PROVINCE] [--subject NAME] [--hours N]
 * </pre>
 */
public final class Tokens {

    static final String USAGE = """
            usage:
              Tokens init --data-dir DIR
                  create the local JWT key pair under DIR/keys if missing; print the public key path
              Tokens mint --data-dir DIR ROLE [PROVINCE] [--subject NAME] [--hours N]
                  print a token; ROLE is OFFICE, AUDITOR, VIEWER or ADMIN; OFFICE needs a PROVINCE (HN, LS ...)
            """;

    private Tokens() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** @return the exit status: 0 done, 1 the keys could not be used, 2 bad arguments */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.command().equals("init")) {
                out.println(issuer(arguments).publicKeyFile());
            } else {
                out.println(mint(arguments));
            }
            return 0;
        } catch (IllegalArgumentException badArguments) {
            err.println(badArguments.getMessage());
            err.print(USAGE);
            return 2;
        } catch (UncheckedIOException | IllegalStateException keysUnusable) {
            err.println(keysUnusable.getMessage());
            return 1;
        }
    }

    private static LocalTokenIssuer issuer(Arguments arguments) {
        return LocalTokenIssuer.inDirectory(arguments.dataDir().resolve("keys"));
    }

    /** Checks every argument before touching the key files. */
    private static String mint(Arguments arguments) {
        List<String> positional = arguments.positional();
        if (positional.isEmpty() || positional.size() > 2) {
            throw new IllegalArgumentException("mint takes ROLE and an optional PROVINCE");
        }
        Role role = role(positional.getFirst());
        ProvinceCode province = positional.size() == 2 ? ProvinceCode.of(positional.get(1)) : null;
        if (role == Role.OFFICE && province == null) {
            throw new IllegalArgumentException("an OFFICE token needs a PROVINCE");
        }
        String subject = arguments.subject() != null ? arguments.subject()
                : role.name().toLowerCase(Locale.ROOT) + (province == null ? "" : "-" + province);
        return issuer(arguments).mint(subject, Set.of(role), province, Duration.ofHours(arguments.hours()));
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown role " + name);
        }
    }

    private record Arguments(String command, Path dataDir, List<String> positional, String subject, long hours) {

        static Arguments parse(String[] args) {
            if (args.length == 0 || !(args[0].equals("init") || args[0].equals("mint"))) {
                throw new IllegalArgumentException(args.length == 0 ? "no command" : "unknown command " + args[0]);
            }
            Path dataDir = null;
            String subject = null;
            long hours = LocalTokenIssuer.DEFAULT_VALIDITY.toHours();
            List<String> positional = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--data-dir" -> dataDir = Path.of(valueAfter(args, i++));
                    case "--subject" -> subject = valueAfter(args, i++);
                    case "--hours" -> hours = hours(valueAfter(args, i++));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("--data-dir is required");
            }
            if (args[0].equals("init") && !positional.isEmpty()) {
                throw new IllegalArgumentException("init takes no arguments besides --data-dir");
            }
            return new Arguments(args[0], dataDir, positional, subject, hours);
        }

        private static String valueAfter(String[] args, int option) {
            if (option + 1 >= args.length) {
                throw new IllegalArgumentException(args[option] + " needs a value");
            }
            return args[option + 1];
        }

        private static long hours(String value) {
            try {
                long hours = Long.parseLong(value);
                if (hours > 0) {
                    return hours;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new IllegalArgumentException("--hours must be a positive whole number, not " + value);
        }
    }
}
