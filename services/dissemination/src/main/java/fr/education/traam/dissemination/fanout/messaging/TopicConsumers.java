package fr.education.traam.dissemination.fanout.messaging;

import fr.education.traam.dissemination.fanout.application.FanningOut;
import fr.education.traam.kit.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * One consumer per topic the service follows (bindings {@code campaignEvents-in-0}, {@code candidatureEvents-in-0},
 * {@code productionEvents-in-0}, all in group {@code dissemination}, in YAML): never two bindings of one group on
 * one topic, which would split its partitions between features. Each only reads the CloudEvent and hands it to the
 * fan-out; unknown types are skipped, malformed records go to {@code error.<topic>.dissemination} by the kit's
 * defaults, and the records behind them flow on.
 */
@Configuration(proxyBeanMethods = false)
class TopicConsumers {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(FanningOut fanOut) {
        return message -> InboundEvents.read(message).ifPresent(fanOut::disseminate);
    }

    @Bean
    Consumer<Message<byte[]>> candidatureEvents(FanningOut fanOut) {
        return message -> InboundEvents.read(message).ifPresent(fanOut::disseminate);
    }

    @Bean
    Consumer<Message<byte[]>> productionEvents(FanningOut fanOut) {
        return message -> InboundEvents.read(message).ifPresent(fanOut::disseminate);
    }
}
