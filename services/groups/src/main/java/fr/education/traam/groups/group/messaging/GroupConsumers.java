package fr.education.traam.groups.group.messaging;

import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.groups.group.application.FollowingReferents;
import fr.education.traam.groups.group.application.FormingGroups;
import fr.education.traam.kit.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class GroupConsumers {

    /** traam.candidatures.teams: the teams of a national selection as it stands, which form and close the groups. */
    @Bean
    Consumer<Message<byte[]>> selectedTeams(FormingGroups forming) {
        return message -> InboundEvents.read(message)
                .filter(event -> event.data() instanceof SelectedTeamsTransmitted)
                .ifPresent(event -> forming.follow(event.as(SelectedTeamsTransmitted.class)));
    }

    /** traam.groups: a referent changed in one group follows in the other. */
    @Bean
    Consumer<Message<byte[]>> groupEvents(FollowingReferents referents) {
        return message -> InboundEvents.read(message).ifPresent(referents::follow);
    }
}
