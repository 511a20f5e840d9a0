package fr.education.traam.kit.deadletter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.Binder;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.binder.ExtendedPropertiesBinder;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.messaging.MessageChannel;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The service's consumer bindings as the binder bound them, each with its group's dead-letter topic, so that a
 * service never lists them a second time. The topic is named as the Kafka binder names it: the binding's
 * {@code dlq-name}, or {@code error.<topic>.<group>}.
 */
public class ConsumerBindings {

    private static final Logger log = LoggerFactory.getLogger(ConsumerBindings.class);

    private final BindingService bindings;
    private final BinderFactory binders;

    public ConsumerBindings(BindingService bindings, BinderFactory binders) {
        this.bindings = bindings;
        this.binders = binders;
    }

    /**
     * Every bound consumer binding with a dead-letter topic, by binding name. An anonymous consumer (no group) or one
     * without {@code enable-dlq} has none; nor has one whose destination is a pattern, since the binder names its
     * dead-letter topics after each matching topic, unknown here.
     */
    public List<FollowedBinding> followed() {
        BindingServiceProperties properties = bindings.getBindingServiceProperties();
        List<FollowedBinding> followed = new ArrayList<>();
        String[] names = bindings.getConsumerBindingNames();
        Arrays.sort(names);
        for (String name : names) {
            String group = properties.getGroup(name);
            KafkaConsumerProperties kafka = kafkaPropertiesOf(name, properties);
            if (!StringUtils.hasText(group) || kafka == null || !kafka.isEnableDlq()) {
                continue;
            }
            if (kafka.isDestinationIsPattern()) {
                log.info("binding {} follows a pattern of topics: its dead letters are not listed", name);
                continue;
            }
            for (String topic : StringUtils.commaDelimitedListToStringArray(properties.getBindingDestination(name))) {
                String deadLetterTopic = StringUtils.hasText(kafka.getDlqName()) ? kafka.getDlqName()
                        : "error." + topic.strip() + "." + group;
                followed.add(new FollowedBinding(name, topic.strip(), group, deadLetterTopic));
            }
        }
        return List.copyOf(followed);
    }

    private KafkaConsumerProperties kafkaPropertiesOf(String binding, BindingServiceProperties properties) {
        Binder<MessageChannel, ?, ?> binder = binders.getBinder(properties.getBinder(binding), MessageChannel.class);
        if (binder instanceof ExtendedPropertiesBinder<?, ?, ?> extended
                && extended.getExtendedConsumerProperties(binding) instanceof KafkaConsumerProperties kafka) {
            return kafka;
        }
        return null;
    }
}
