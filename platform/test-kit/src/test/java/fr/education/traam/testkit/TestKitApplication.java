package fr.education.traam.testkit;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest application that uses Kafka and MongoDB through Spring Boot's auto-configuration. */
@SpringBootApplication
class TestKitApplication {
}
