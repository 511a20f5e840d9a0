package fr.education.traam.gateway.problem;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.core.ResolvableType;
import org.springframework.core.codec.Encoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

import fr.education.traam.gateway.limits.BodyLimits;
import reactor.core.publisher.Mono;

/**
 * Writes a problem straight to the response, for the places that run outside annotated controllers
 * (security filters, gateway filters, the error handler). It goes through the application's codecs so that
 * every problem is serialised the same way as those returned by controllers.
 */
@Component
public class ProblemWriter {

    private final ServerResponse.Context context;
    private final long drainLimit;

    public ProblemWriter(ServerCodecConfigurer codecs, BodyLimits limits) {
        this.drainLimit = limits.maxBodySize().toBytes();
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    /** The problem as the codecs write it, for the Netty handlers that answer before any exchange exists. */
    public byte[] json(ProblemDetail problem) {
        ResolvableType type = ResolvableType.forClass(ProblemDetail.class);
        for (HttpMessageWriter<?> writer : context.messageWriters()) {
            if (writer instanceof EncoderHttpMessageWriter<?> encoding
                    && encoding.canWrite(type, MediaType.APPLICATION_PROBLEM_JSON)) {
                @SuppressWarnings("unchecked")
                Encoder<ProblemDetail> encoder = (Encoder<ProblemDetail>) encoding.getEncoder();
                DataBuffer buffer = encoder.encodeValue(problem, DefaultDataBufferFactory.sharedInstance, type,
                        MediaType.APPLICATION_PROBLEM_JSON, Map.of());
                byte[] bytes = new byte[buffer.readableByteCount()];
                buffer.read(bytes);
                DataBufferUtils.release(buffer);
                return bytes;
            }
        }
        throw new IllegalStateException("no codec writes " + MediaType.APPLICATION_PROBLEM_JSON);
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        return write(exchange, problem, headers -> {
        });
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> headers) {
        return drained(exchange).then(ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(headers)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context)));
    }

    /**
     * Reads what the client is still sending, up to the body limit, and drops it. A refusal made before the body was
     * read (a bad token, a path the firewall refuses) would otherwise close a connection with unread bytes, which the
     * kernel answers with a reset: the client then loses the problem before it reads it. A body announced over the
     * limit is not read; one already read (proxied, or counted by the limit filter) cannot be read twice.
     */
    private Mono<Void> drained(ServerWebExchange exchange) {
        long announced = exchange.getRequest().getHeaders().getContentLength();
        if (announced == 0 || announced > drainLimit) {
            return Mono.empty();
        }
        return DataBufferUtils.takeUntilByteCount(exchange.getRequest().getBody(), drainLimit)
                .doOnNext(DataBufferUtils::release)
                .then()
                .onErrorResume(alreadyRead -> Mono.empty());
    }
}
