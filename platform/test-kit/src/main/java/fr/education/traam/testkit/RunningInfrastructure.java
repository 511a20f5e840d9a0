package fr.education.traam.testkit;

/** A Kafka broker and a MongoDB server, whichever way they were started. */
interface RunningInfrastructure extends AutoCloseable {

    /** Says how it runs, for the log. */
    String description();

    String bootstrapServers();

    /** {@code mongodb://host:port}, without a database. */
    String mongoConnectionString();

    @Override
    void close();
}
