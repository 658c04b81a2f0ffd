package dev.csp.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A service process's own PostgreSQL sessions, found by the local TCP ports of its sockets to port 5432 (from /proc),
 * and what they are doing according to {@code pg_stat_activity}.
 */
final class Sessions {

    /** How a freeze went: after how many tries, and whether the process was caught inside a transaction. */
    record Frozen(int tries, boolean inTransaction) {
        @Override
        public String toString() {
            return (inTransaction ? "inside a transaction" : "between transactions") + " after " + tries + " tries";
        }
    }

    private static final int POSTGRES_PORT = 5432;
    private static final int TRIES = 60;
    private static final Map<String, Set<Integer>> FROZEN_PORTS = new ConcurrentHashMap<>();

    private Sessions() {
    }

    /**
     * Freezes the stack's instance of {@code service}; if none of its sessions is inside a transaction then, thaws it
     * and tries again a moment later, at most {@value #TRIES} times. Leaves it frozen.
     */
    static Frozen freezeInTransaction(String service) throws InterruptedException {
        String pid = LocalStack.pid(service);
        for (int tries = 1; ; tries++) {
            LocalStack.freeze(service);
            Thread.sleep(300); // a statement under way when the process stopped ends; its transaction stays open
            Set<Integer> ports = postgresPorts(pid);
            FROZEN_PORTS.put(service, ports);
            boolean caught = idleInTransaction(service, ports) > 0;
            if (caught || tries == TRIES) {
                return new Frozen(tries, caught);
            }
            LocalStack.thaw(service);
            Thread.sleep(ThreadLocalRandom.current().nextLong(100, 600));
        }
    }

    /** Sessions of the frozen instance of {@code service} that are still open inside a transaction. */
    static int inTransaction(String service) {
        return idleInTransaction(service, FROZEN_PORTS.getOrDefault(service, Set.of()));
    }

    /**
     * True when every line of every one of {@code orders} has its entitlement and its first charge: three queries
     * whatever the number of orders, so that how soon it holds is what the drills measure, not the looking.
     */
    static boolean grantedAndCharged(List<UUID> orders) {
        Object orderIds = orders.toArray(UUID[]::new);
        Object lineIds = Databases.ids("order", "select id from order_line where order_id = any(?)", orderIds)
                .toArray(UUID[]::new);
        long lines = ((UUID[]) lineIds).length;
        return Databases.number("entitlement", "select count(distinct line_id) from entitlement where line_id = any(?)",
                lineIds) == lines
                && Databases.number("billing", "select count(distinct line_id) from charge where line_id = any(?)"
                        + " and installment = 0", lineIds) == lines;
    }

    private static int idleInTransaction(String service, Set<Integer> ports) {
        if (ports.isEmpty()) {
            return 0;
        }
        String database = service.substring(0, service.indexOf('-'));
        String list = ports.stream().map(String::valueOf).collect(Collectors.joining(","));
        return (int) Databases.number(database, "select count(*) from pg_stat_activity where datname = current_database()"
                + " and state like 'idle in transaction%' and client_port in (" + list + ")");
    }

    /** The local ports of the process's TCP connections to PostgreSQL. */
    private static Set<Integer> postgresPorts(String pid) {
        Set<String> sockets = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", pid, "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed meanwhile
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sockets of process " + pid, e);
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                    String[] columns = line.trim().split("\\s+");
                    int local = port(columns[1]);
                    int remote = port(columns[2]);
                    if (remote == POSTGRES_PORT && sockets.contains(columns[9])) {
                        ports.add(local);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + table, e);
            }
        }
        return ports;
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.indexOf(':') + 1), 16);
    }
}
