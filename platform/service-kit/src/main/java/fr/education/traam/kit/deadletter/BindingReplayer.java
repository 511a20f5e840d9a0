package fr.education.traam.kit.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.cloud.stream.binder.BinderHeaders;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Hands a dead letter back to the consumer of its binding, in this service only: the record is rebuilt as it first
 * arrived and sent, on the caller's thread, to the binding's input channel, the very channel the binder's listener
 * feeds, so that it meets the same conversion and the same consumer bean, but no other consumer group (ADR 0014).
 * One attempt, without the binder's retries: the operator waits for the answer.
 */
public class BindingReplayer {

    private final BeanFactory beans;
    private final MessagingMessageConverter converter;
    private final Clock clock;

    public BindingReplayer(BeanFactory beans, Clock clock) {
        this.beans = beans;
        this.clock = clock;
        this.converter = new MessagingMessageConverter();
        // As the binder maps the headers of the records it consumes (KafkaMessageChannelBinder#getHeaderMapper).
        this.converter.setHeaderMapper(new BinderHeaderMapper() {
            @Override
            public void toHeaders(Headers source, Map<String, Object> headers) {
                super.toHeaders(source, headers);
                if (!headers.isEmpty()) {
                    headers.put(BinderHeaders.NATIVE_HEADERS_PRESENT, Boolean.TRUE);
                }
            }
        });
    }

    /** Hands the dead letter over once and tells how it went; {@code by} is the operator who asked. */
    public Replay replay(ConsumerRecord<byte[], byte[]> deadLetter, FollowedBinding binding, String by) {
        Message<?> message = converter.toMessage(DeadLetterHeaders.original(deadLetter, binding), null, null, null);
        MessageChannel input = beans.getBean(binding.binding(), MessageChannel.class);
        // The binder's thread has no caller: the consumer must not see the operator's authentication either.
        SecurityContext operator = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            input.send(message);
            return Replay.applied(now(), by);
        } catch (RuntimeException e) {
            Throwable cause = rootCause(e);
            return Replay.failed(now(), cause.getMessage() == null ? cause.toString() : cause.getMessage(),
                    cause.getClass().getName(), by);
        } finally {
            SecurityContextHolder.setContext(operator);
        }
    }

    /** To the millisecond, as MongoDB keeps it: the report and the list then show the same time. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The exception at the root of the failure, as a dead letter's reason is: past the messaging layer's wrappers. */
    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
