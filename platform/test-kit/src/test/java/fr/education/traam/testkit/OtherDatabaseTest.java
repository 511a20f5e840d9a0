package fr.education.traam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest
@TraamInfrastructure(database = "candidatures-test")
class OtherDatabaseTest {

    @Autowired
    MongoTemplate mongoTemplate;

    @Autowired
    Environment environment;

    @Test
    void the_database_attribute_names_the_database_while_the_broker_stays_shared() {
        assertThat(mongoTemplate.getDb().getName()).isEqualTo("candidatures-test");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(TestInfrastructure.bootstrapServers());
    }
}
