package fr.education.traam.contract;

/**
 * An event of the TraAM platform. The aggregate id becomes the Kafka record key and the CloudEvents
 * {@code subject}, so every event of one aggregate lands on one partition, in order.
 */
public interface TraamEvent {

    /** Id of the aggregate whose change this event records. */
    String aggregateId();
}
