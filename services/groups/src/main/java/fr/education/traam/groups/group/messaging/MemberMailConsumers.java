package fr.education.traam.groups.group.messaging;

import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupFormed;
import fr.education.traam.groups.group.application.MailingMembers;
import fr.education.traam.kit.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class MemberMailConsumers {

    /**
     * traam.groups, in its own consumer group: the service's own events, already published, mail the members who join
     * or leave a group and those of a group that closes (ADR 30); the other types are skipped.
     */
    @Bean
    Consumer<Message<byte[]>> memberMails(MailingMembers mailing) {
        return message -> InboundEvents.read(message).ifPresent(event -> {
            if (event.data() instanceof WorkingGroupFormed formed) {
                mailing.joined(event, formed.group(), formed.members());
            } else if (event.data() instanceof MemberJoined joined) {
                mailing.joined(event, joined.group(), List.of(joined.member()));
            } else if (event.data() instanceof MemberLeft left) {
                mailing.left(event, left.group(), left.member(), left.reason());
            } else if (event.data() instanceof WorkingGroupClosed closed) {
                mailing.closed(event, closed.group(), closed.reason());
            }
        });
    }
}
