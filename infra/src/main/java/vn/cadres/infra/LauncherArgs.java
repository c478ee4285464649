package vn.cadres.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Tiny {@code --name value} / {@code --flag} parser shared by the launchers. A value may also come
 * from an environment variable; the command line wins over the environment, which wins over the
 * default.
 */
final class LauncherArgs {

    private final Map<String, String> values = new HashMap<>();

    private LauncherArgs() {
    }

    static LauncherArgs parse(String[] args, String usage, String... flags) {
        LauncherArgs parsed = new LauncherArgs();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(usage);
                System.exit(0);
            }
            if (!arg.startsWith("--")) {
                fail("unexpected argument '" + arg + "'", usage);
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (isFlag(name, flags)) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                fail("missing value for --" + name, usage);
                return parsed;
            }
            parsed.values.put(name, value);
        }
        return parsed;
    }

    private static boolean isFlag(String name, String[] flags) {
        for (String flag : flags) {
            if (flag.equals(name)) {
                return true;
            }
        }
        return false;
    }

    String string(String name, String env, String defaultValue) {
        String value = values.get(name);
        if (value == null && env != null) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    int integer(String name, String env, int defaultValue) {
        String value = string(name, env, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, got '" + value + "'");
        }
    }

    Path path(String name, String env, String defaultValue) {
        return Path.of(string(name, env, defaultValue)).toAbsolutePath().normalize();
    }

    boolean flag(String name, String env) {
        return Boolean.parseBoolean(string(name, env, "false"));
    }

    static void fail(String message, String usage) {
        System.err.println("error: " + message);
        System.err.println(usage);
        System.exit(2);
    }

    /** Default log settings for slf4j-simple; any -D given on the command line wins. */
    static void configureLogging(String... quietLoggers) {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.out");
        for (String logger : quietLoggers) {
            setIfAbsent("org.slf4j.simpleLogger.log." + logger, "warn");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Exits with a clear message when host:port cannot be bound. */
    static void requireFreePort(String host, int port, String option, String hint) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            System.err.println("error: " + host + ":" + port + " (" + option + ") is already in use - " + hint);
            System.exit(1);
        }
    }
}
