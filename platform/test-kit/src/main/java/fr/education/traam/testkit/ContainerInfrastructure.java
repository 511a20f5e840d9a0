package fr.education.traam.testkit;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** Kafka (apache/kafka, KRaft) and MongoDB (single-node replica set) in Docker containers. */
final class ContainerInfrastructure implements RunningInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MONGO_IMAGE = "mongo:8.0";

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;

    private ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    @SuppressWarnings("resource") // closed by close(), from the shutdown hook
    static ContainerInfrastructure start() {
        // Same broker behaviour as the embedded one, so a test cannot pass on one and fail on the other.
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        try {
            kafka.start();
            mongo.start();
            return new ContainerInfrastructure(kafka, mongo);
        } catch (RuntimeException e) {
            kafka.stop();
            mongo.stop();
            throw e;
        }
    }

    @Override
    public String description() {
        return "Testcontainers " + KAFKA_IMAGE + " at " + kafka.getBootstrapServers()
                + " and " + MONGO_IMAGE + " (replica set) at " + mongo.getConnectionString();
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoConnectionString() {
        return mongo.getConnectionString();
    }

    @Override
    public void close() {
        try {
            kafka.stop();
        } finally {
            mongo.stop();
        }
    }
}
