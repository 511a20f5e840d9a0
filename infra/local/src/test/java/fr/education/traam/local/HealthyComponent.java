package fr.education.traam.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stand-in for a Spring Boot component, run as a real child JVM from a jar built by {@link TestJars}: answers UP on
 * the port the launcher gives it and writes the arguments and the {@code TRAAM_*} variables it received into its
 * working directory.
 */
public final class HealthyComponent {

    private HealthyComponent() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(argument(args, "--server.port="));
        Files.writeString(Path.of("received-" + port + ".args"), String.join("\n", args));
        Files.writeString(Path.of("received-" + port + ".env"), System.getenv().entrySet().stream()
                .filter(variable -> variable.getKey().startsWith("TRAAM_"))
                .map(variable -> variable.getKey() + "=" + variable.getValue()).sorted()
                .collect(java.util.stream.Collectors.joining("\n")));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\",\"components\":{\"ping\":{\"status\":\"UP\"}}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    static String argument(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("missing " + prefix);
    }
}
