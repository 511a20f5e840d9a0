package fr.education.traam.testkit;

import fr.education.traam.embedded.kafka.KraftBroker;
import fr.education.traam.embedded.mongo.MongoWireServer;

/** In-process Kafka (KRaft) and mongo-java-server: what tests run against on a machine without Docker. */
final class EmbeddedInfrastructure implements RunningInfrastructure {

    private static final String HOST = "localhost";
    private static final int PARTITIONS = 3;

    private final KraftBroker broker;
    private final MongoWireServer mongo;

    private EmbeddedInfrastructure(KraftBroker broker, MongoWireServer mongo) {
        this.broker = broker;
        this.mongo = mongo;
    }

    static EmbeddedInfrastructure start() {
        MongoWireServer mongo = MongoWireServer.inMemory(HOST, 0);
        try {
            return new EmbeddedInfrastructure(
                    KraftBroker.start(new KraftBroker.Settings(HOST, 0, null, PARTITIONS)), mongo);
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
    }

    @Override
    public String description() {
        return "embedded Kafka (KRaft) at " + broker.bootstrapServers()
                + " and mongo-java-server at " + mongo.connectionString();
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    @Override
    public void close() {
        try {
            broker.close();
        } finally {
            mongo.close();
        }
    }
}
