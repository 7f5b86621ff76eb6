package uk.peel.controlroom;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.incident.IncidentAlertRaised;
import uk.peel.incident.IncidentChanged;
import uk.peel.incident.IncidentId;
import uk.peel.incident.Incidents;
import uk.peel.resource.Resources;
import uk.peel.resource.Unit;
import uk.peel.resource.UnitChanged;

/**
 * Pushes every committed change of an incident, unit or alert to every open board over server-sent events.
 *
 * <p>A change is pushed only after its transaction commits (a board never shows what was rolled back), from the
 * committing thread into each board's own queue; each board has a virtual thread writing its queue to the
 * network, so a slow or stalled browser delays only itself, never the dispatcher who made the change. A board
 * whose queue overflows is disconnected: its browser reconnects and reloads the whole board, which is cheaper
 * and safer than letting it fall ever further behind. Pushes are not stored: a board that (re)connects starts from
 * the current state, so nothing is lost that a durable queue would keep.
 */
@Component
public class BoardHub {

    private static final Logger log = LoggerFactory.getLogger(BoardHub.class);
    private static final int QUEUE = 2_000;
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Set<Connection> connections = new CopyOnWriteArraySet<>();
    private final Incidents incidents;
    private final Resources resources;
    private final BoardRows rows;
    private final JsonMapper json;

    BoardHub(Incidents incidents, Resources resources, BoardRows rows, JsonMapper json) {
        this.incidents = incidents;
        this.resources = resources;
        this.rows = rows;
        this.json = json;
    }

    /** Opens a board's stream. Alerts go only to boards of users in the alert's role. */
    public SseEmitter connect(Set<String> roles) {
        SseEmitter emitter = new SseEmitter(0L);
        Connection connection = new Connection(emitter, roles);
        connections.add(connection);
        emitter.onCompletion(() -> connection.close());
        emitter.onTimeout(() -> connection.close());
        emitter.onError(error -> connection.close());
        // Sent here, before the emitter is returned, so Spring MVC writes it (and with it the response headers) on
        // the request thread. Were the first write the drain thread's, it would commit the response while the request
        // thread is still adding headers on its way out through the filters: Tomcat's header array is not thread-safe,
        // and the load benchmark saw it corrupted (a NullPointerException in MimeHeaders) and a board left dead.
        try {
            emitter.send(SseEmitter.event().name("hello").data("{\"type\":\"hello\"}", MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            connection.close();
            return emitter;
        }
        Thread.ofVirtual().name("board-" + connection.hashCode()).start(connection::drain);
        return emitter;
    }

    public int boards() {
        return connections.size();
    }

    @EventListener
    void on(IncidentChanged changed) {
        afterCommit(() -> {
            var incident = incidents.find(changed.incidentId());
            broadcast("incident", rows.of(incident, changed.at()), null);
        });
    }

    @EventListener
    void on(UnitChanged changed) {
        afterCommit(() -> {
            Unit unit = resources.find(changed.callSign());
            String reference = unit.incidentId() == null ? null : incidents.find(new IncidentId(unit.incidentId())).reference();
            broadcast("unit", rows.of(unit, reference, changed.at()), null);
        });
    }

    @EventListener
    void on(IncidentAlertRaised raised) {
        afterCommit(() -> broadcast("alert", rows.of(raised.alert()), raised.alert().role().name()));
    }

    @Scheduled(fixedDelay = 15, timeUnit = TimeUnit.SECONDS)
    void heartbeat() {
        // Keeps proxies from closing an idle stream, and finds boards whose browser has gone.
        for (Connection connection : connections) {
            connection.offer(new Push("heartbeat", "{\"type\":\"heartbeat\",\"at\":\"" + Instant.now() + "\"}", null));
        }
    }

    private void broadcast(String name, BoardRow row, String role) {
        String text;
        try {
            text = json.writeValueAsString(row);
        } catch (RuntimeException e) {
            log.error("Could not write a board row", e);
            return;
        }
        Push push = new Push(name, text, role);
        for (Connection connection : connections) {
            connection.offer(push);
        }
    }

    private static void afterCommit(Runnable push) {
        Runnable guarded = () -> {
            try {
                push.run();
            } catch (RuntimeException e) {
                log.warn("Could not push a change to the boards: {}", e.toString());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    guarded.run();
                }
            });
        } else {
            guarded.run();
        }
    }

    private record Push(String name, String json, String role) {
    }

    private final class Connection {
        private final SseEmitter emitter;
        private final Set<String> roles;
        private final BlockingQueue<Push> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile boolean open = true;

        Connection(SseEmitter emitter, Set<String> roles) {
            this.emitter = emitter;
            this.roles = Set.copyOf(roles);
        }

        void offer(Push push) {
            if (!open || (push.role() != null && !roles.contains(push.role()))) {
                return;
            }
            if (!queue.offer(push)) {
                log.warn("A board fell {} changes behind; disconnecting it so it reloads", QUEUE);
                close();
                emitter.complete();
            }
        }

        void drain() {
            try {
                while (open) {
                    Push push = queue.poll(HEARTBEAT.toSeconds() * 2, TimeUnit.SECONDS);
                    if (push != null) {
                        emitter.send(SseEmitter.event().name(push.name()).data(push.json(), MediaType.APPLICATION_JSON));
                    }
                }
            } catch (IOException | IllegalStateException e) {
                close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
            }
        }

        void close() {
            open = false;
            connections.remove(this);
        }
    }
}
