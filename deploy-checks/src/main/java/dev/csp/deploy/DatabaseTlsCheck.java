package dev.csp.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * The services reach PostgreSQL over TLS only, and check whom they reach: every pg_hba line that lets a role in is
 * {@code hostssl} (a plain {@code host} line may only {@code reject}), and every service's JDBC URL asks for
 * {@code sslmode=verify-full} with the cluster's CA. A PgBouncer Pooler presents the Cluster's server certificate, so
 * that certificate must name the Pooler's Service too, or verify-full refuses it.
 */
public final class DatabaseTlsCheck implements Check {

    private static final String JDBC_URL = "QUARKUS_DATASOURCE_JDBC_URL";

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Resource cluster : manifests.ofKind("Cluster")) {
            for (Object line : cluster.list("spec", "postgresql", "pg_hba")) {
                String[] fields = String.valueOf(line).trim().split("\\s+");
                if (!fields[0].equals("hostssl") && !fields[fields.length - 1].equals("reject")) {
                    problems.add(cluster + " lets in without TLS: " + line);
                }
            }
            List<Object> names = cluster.list("spec", "certificates", "serverAltDNSNames");
            for (Resource pooler : DatabaseCheck.readWritePoolers(manifests, cluster)) {
                if (!names.contains(pooler.name())) {
                    problems.add(cluster + ": the server certificate does not name " + pooler
                            + " (spec.certificates.serverAltDNSNames), so verify-full fails through it");
                }
                if ("disable".equals(pooler.text("spec", "pgbouncer", "parameters", "client_tls_sslmode"))) {
                    problems.add(pooler + " takes clients without TLS");
                }
            }
        }
        for (Resource configMap : manifests.ofKind("ConfigMap")) {
            String url = Tree.text(configMap.map("data"), JDBC_URL);
            if (url != null && !(url.contains("sslmode=verify-full") && url.contains("sslrootcert="))) {
                problems.add(configMap + ": " + JDBC_URL + " does not verify the server over TLS"
                        + " (sslmode=verify-full, sslrootcert)");
            }
        }
        return problems;
    }
}
