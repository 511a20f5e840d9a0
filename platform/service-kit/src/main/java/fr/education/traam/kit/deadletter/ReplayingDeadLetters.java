package fr.education.traam.kit.deadletter;

import fr.education.traam.kit.domain.Refused;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

import static org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder.X_ORIGINAL_TOPIC;

/**
 * An operator's view of the service's dead letters, and their replay: one named dead letter, always handed over
 * (again, if need be: consumers are idempotent), or every dead letter since a time that no replay has applied yet.
 */
public class ReplayingDeadLetters {

    private static final Comparator<DeadLetter> NEWEST_FIRST = Comparator.comparing(DeadLetter::deadLetteredAt).reversed()
            .thenComparing(letter -> letter.id().topic())
            .thenComparing(letter -> letter.id().partition())
            .thenComparing(letter -> letter.id().offset(), Comparator.reverseOrder());

    private final ConsumerBindings bindings;
    private final DeadLetterTopics topics;
    private final ReplayLog log;
    private final BindingReplayer replayer;
    private final DeadLetterProperties properties;

    public ReplayingDeadLetters(ConsumerBindings bindings, DeadLetterTopics topics, ReplayLog log, BindingReplayer replayer,
                                DeadLetterProperties properties) {
        this.bindings = bindings;
        this.topics = topics;
        this.log = log;
        this.replayer = replayer;
        this.properties = properties;
    }

    /**
     * The newest dead letters first, at most {@code limit} (null: the default), of every followed topic or of one
     * ({@code topic}: the followed topic or its dead-letter topic), dead-lettered at or after {@code since} if given.
     */
    public List<DeadLetter> list(String topic, Instant since, Integer limit) {
        int count = limit(limit, properties.listLimit());
        List<FollowedBinding> chosen = chosen(topic);
        List<DeadLetter> letters = topics.newest(deadLetterTopics(chosen), since, count).stream()
                .map(record -> deadLetter(record, chosen))
                .sorted(NEWEST_FIRST).limit(count).toList();
        return withReplays(letters);
    }

    /** Hands that one dead letter to its consumer, whatever its replays so far. */
    public ReplayReport replay(DeadLetterId id, String by) {
        List<FollowedBinding> candidates = bindings.followed().stream().filter(b -> b.deadLetterTopic().equals(id.topic())).toList();
        if (candidates.isEmpty()) {
            throw new Refused(DeadLetterRefusal.DEAD_LETTER_NOT_FOUND, id.topic()
                    + " is not a dead-letter topic of this service, whose dead-letter topics are " + deadLetterTopics(bindings.followed()));
        }
        ConsumerRecord<byte[], byte[]> record = topics.find(id).orElseThrow(() -> new Refused(
                DeadLetterRefusal.DEAD_LETTER_NOT_FOUND, "no dead letter at " + id));
        DeadLetter letter = withReplays(List.of(deadLetter(record, candidates))).get(0);
        return new ReplayReport(List.of(handOver(letter, record, by)), 0);
    }

    /**
     * Hands every dead letter written at or after {@code since} (of one topic, or of all), that no replay has applied
     * yet, to its consumer: the oldest first, each partition in its order (the order a key's events came in), at most
     * {@code limit} (null: the default) in one request.
     */
    public ReplayReport replaySince(Instant since, String topic, Integer limit, String by) {
        int count = limit(limit, properties.replayLimit());
        List<FollowedBinding> chosen = chosen(topic);
        List<List<Pending>> partitions = new ArrayList<>();
        for (List<ConsumerRecord<byte[], byte[]>> partition : topics.since(deadLetterTopics(chosen), since)) {
            List<DeadLetter> letters = withReplays(partition.stream().map(record -> deadLetter(record, chosen)).toList());
            List<Pending> pending = new ArrayList<>();
            for (int i = 0; i < letters.size(); i++) {
                if (letters.get(i).status() != DeadLetter.Status.APPLIED) {
                    pending.add(new Pending(letters.get(i), partition.get(i)));
                }
            }
            partitions.add(pending);
        }
        List<Pending> ordered = oldestFirst(partitions);
        List<ReplayReport.Replayed> replayed = new ArrayList<>();
        for (Pending pending : ordered.subList(0, Math.min(count, ordered.size()))) {
            replayed.add(handOver(pending.letter(), pending.record(), by));
        }
        return new ReplayReport(replayed, ordered.size() - replayed.size());
    }

    private ReplayReport.Replayed handOver(DeadLetter letter, ConsumerRecord<byte[], byte[]> record, String by) {
        Replay replay = replayer.replay(record, letter.binding(), by);
        log.record(letter, replay);
        return new ReplayReport.Replayed(letter, replay);
    }

    private record Pending(DeadLetter letter, ConsumerRecord<byte[], byte[]> record) {
    }

    /** Merges the partitions by time, never reordering one: its records are taken head first. */
    private static List<Pending> oldestFirst(List<List<Pending>> partitions) {
        Comparator<int[]> byHead = Comparator.comparing((int[] cursor) -> partitions.get(cursor[0]).get(cursor[1]).letter().deadLetteredAt())
                .thenComparing(cursor -> partitions.get(cursor[0]).get(cursor[1]).letter().id().topic())
                .thenComparingInt(cursor -> partitions.get(cursor[0]).get(cursor[1]).letter().id().partition());
        PriorityQueue<int[]> heads = new PriorityQueue<>(byHead);
        for (int p = 0; p < partitions.size(); p++) {
            if (!partitions.get(p).isEmpty()) {
                heads.add(new int[] {p, 0});
            }
        }
        List<Pending> ordered = new ArrayList<>();
        while (!heads.isEmpty()) {
            int[] head = heads.poll();
            List<Pending> partition = partitions.get(head[0]);
            ordered.add(partition.get(head[1]));
            if (head[1] + 1 < partition.size()) {
                heads.add(new int[] {head[0], head[1] + 1});
            }
        }
        return ordered;
    }

    /** The bindings a request's {@code topic} names: all of them when it names none. */
    private List<FollowedBinding> chosen(String topic) {
        List<FollowedBinding> followed = bindings.followed();
        if (topic == null) {
            return followed;
        }
        List<FollowedBinding> chosen = followed.stream()
                .filter(b -> b.topic().equals(topic) || b.deadLetterTopic().equals(topic)).toList();
        if (chosen.isEmpty()) {
            throw Refused.invalid("topic", topic + " is neither a topic this service follows nor one of its dead-letter "
                    + "topics; they are " + followed.stream().map(b -> b.topic() + " (" + b.deadLetterTopic() + ")")
                    .distinct().collect(Collectors.joining(", ")));
        }
        return chosen;
    }

    private int limit(Integer limit, int byDefault) {
        if (limit == null) {
            return byDefault;
        }
        if (limit < 1 || limit > properties.maxLimit()) {
            throw Refused.invalid("limit", "give a limit from 1 to " + properties.maxLimit());
        }
        return limit;
    }

    private static List<String> deadLetterTopics(List<FollowedBinding> bindings) {
        return bindings.stream().map(FollowedBinding::deadLetterTopic).distinct().toList();
    }

    /** The record's binding: the one of its dead-letter topic, and of its original topic when several share one. */
    private static DeadLetter deadLetter(ConsumerRecord<byte[], byte[]> record, List<FollowedBinding> bindings) {
        List<FollowedBinding> candidates = bindings.stream().filter(b -> b.deadLetterTopic().equals(record.topic())).toList();
        var originalTopic = record.headers().lastHeader(X_ORIGINAL_TOPIC);
        FollowedBinding binding = candidates.stream()
                .filter(b -> originalTopic != null && b.topic().equals(new String(originalTopic.value(), StandardCharsets.UTF_8)))
                .findFirst().orElse(candidates.get(0));
        return DeadLetterHeaders.read(record, binding, List.of());
    }

    private List<DeadLetter> withReplays(List<DeadLetter> letters) {
        Map<DeadLetterId, List<Replay>> replays = log.of(letters.stream().map(DeadLetter::id).toList());
        return letters.stream().map(letter -> letter.withReplays(replays.getOrDefault(letter.id(), List.of()))).toList();
    }
}
