package fr.education.traam.candidatures.fileimport.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The bounded pool that validates and applies files, apart from the web threads that received them. */
@Configuration(proxyBeanMethods = false)
class WorkersConfiguration {

    static final String NAME = "dedicatedFileWorkers";

    @Bean(NAME)
    ThreadPoolTaskExecutor dedicatedFileWorkers(DedicatedFileProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.workers());
        executor.setMaxPoolSize(properties.workers());
        executor.setQueueCapacity(properties.queue());
        executor.setThreadNamePrefix("dedicated-file-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
