package fr.education.traam.productions.team.messaging;

import fr.education.traam.kit.inbox.InboundEvents;
import fr.education.traam.productions.team.application.FollowingGroups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class TeamConsumers {

    /** traam.groups: the groups, their members by id and role, their closing. */
    @Bean
    Consumer<Message<byte[]>> groupEvents(FollowingGroups following) {
        return message -> InboundEvents.read(message).ifPresent(following::follow);
    }

    /** traam.groups.people (restricted, ADR 24): which identity each member id signs in with. */
    @Bean
    Consumer<Message<byte[]>> groupPeople(FollowingGroups following) {
        return message -> InboundEvents.read(message).ifPresent(following::identify);
    }
}
