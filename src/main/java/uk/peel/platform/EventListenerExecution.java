package uk.peel.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where asynchronous work runs: the listeners that take events between modules after their transaction commits
 * (indexing a person, taking a crime recording referral, raising a safeguarding notice) and anything else
 * {@code @Async}.
 *
 * <p>A fixed number of workers with a queue, not a thread per task. With a thread per task, a burst of events
 * (an import, a busy hour's closures) started as many listener transactions at once, each holding a database
 * connection, and emptied the pool that call takers' and dispatchers' requests need; the control room must never
 * wait on back-office work. Queued work cannot be lost: each event is in the event publication log until its
 * listener completes, and is resubmitted on restart. Submitting never blocks, because the caller is the request
 * thread that has just committed.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerExecution {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${peel.events.listener-threads:4}") int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("peel.events.listener-threads must be at least 1, not " + threads);
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setVirtualThreads(true);
        executor.setThreadNamePrefix("event-listener-");
        // On shutdown, finish what is running and queued for up to 20 s; anything left is resubmitted from the log
        // on the next start.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
