import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a stretch of a partner's activity log offline, with the JDK alone (no library, no connection):
 *
 * <pre>
 *   curl -H "Authorization: Bearer $TOKEN" "$GATEWAY/v1/activity-log/chain?from=...&amp;to=..."       > chain.ndjson
 *   curl -H "Authorization: Bearer $TOKEN" "$GATEWAY/v1/activity-log/checkpoints?from=...&amp;to=..." > checkpoints.json
 *   java audit-service/verifier/VerifyActivityExport.java chain.ndjson checkpoints.json
 * </pre>
 *
 * Every link's hash is recomputed from its fields and its pointer (the algorithm of audit-service/README.md,
 * "Verifying offline"); each link must point at the one before it, with no position missing; every checkpoint's
 * Ed25519 signature must verify with the public key it names, and a checkpoint that falls inside the stretch must
 * name the hash the chain has there. Keep the public keys from an earlier download: a key you kept, not the one the
 * same answer brings, is what makes the check independent of the service. Exit code 0: intact; 1: broken (the
 * first break is printed); 2: unreadable input.
 */
public final class VerifyActivityExport {

    private VerifyActivityExport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java VerifyActivityExport.java CHAIN.ndjson CHECKPOINTS.json");
            System.exit(2);
        }
        String verdict = verify(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8),
                Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        System.out.println(verdict);
        System.exit(verdict.startsWith("intact") ? 0 : 1);
    }

    /** "intact: ..." or "broken: ..." with the first break. */
    static String verify(List<String> chainLines, String checkpointsJson) throws Exception {
        Map<Long, String> hashAt = new LinkedHashMap<>();
        Long previousSeq = null;
        String previousHash = null;
        for (String line : chainLines) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> link = object(new Json(line).value());
            long seq = number(link.get("chainSeq"));
            String hash = (String) link.get("hash");
            if (previousSeq != null && seq != previousSeq + 1) {
                return "broken: links " + (previousSeq + 1) + ".." + (seq - 1) + " are missing";
            }
            if (!hashOf(link).equals(hash)) {
                return "broken: link " + seq + " (entry " + number(link.get("id")) + ") was changed after it was written";
            }
            if (previousHash != null && !previousHash.equals(link.get("prevHash"))) {
                return "broken: link " + seq + " does not point at link " + previousSeq;
            }
            hashAt.put(seq, hash);
            previousSeq = seq;
            previousHash = hash;
        }
        Map<String, Object> document = object(new Json(checkpointsJson).value());
        Map<String, Object> keys = object(document.get("publicKeys"));
        int checked = 0;
        for (Object item : (List<?>) document.get("checkpoints")) {
            Map<String, Object> checkpoint = object(item);
            long seq = number(checkpoint.get("chainSeq"));
            String keyId = (String) checkpoint.get("keyId");
            Object key = keys.get(keyId);
            if (key == null) {
                return "broken: the checkpoint at link " + seq + " names key " + keyId + ", which is not among the keys";
            }
            if (!signed(checkpoint, (String) key)) {
                return "broken: the checkpoint at link " + seq + " is not signed by key " + keyId;
            }
            String hash = hashAt.get(seq);
            if (hash != null && !hash.equals(checkpoint.get("chainHash"))) {
                return "broken: link " + seq + " no longer has the hash its signed checkpoint names";
            }
            checked++;
        }
        return hashAt.isEmpty() ? "intact: no links, " + checked + " checkpoints verified"
                : "intact: links " + hashAt.keySet().iterator().next() + ".." + previousSeq + " (" + hashAt.size()
                + "), " + checked + " checkpoints verified";
    }

    /** SHA-256 (hex) over "csp-activity/v1\n", the pointer and each field as "length:value\n" or "~\n". */
    static String hashOf(Map<String, Object> link) throws Exception {
        StringBuilder text = new StringBuilder("csp-activity/v1\n").append(link.get("prevHash")).append('\n');
        for (String field : List.of("id", "chainSeq", "eventId", "type", "occurredAtMicros", "recordedAtMicros",
                "partnerTenantId", "customerId", "customerTenantId", "subjectId", "orderId", "productName", "userName",
                "userTenantId", "userRole", "detail")) {
            Object value = link.get(field);
            if (value == null) {
                text.append('~');
            } else {
                String s = value instanceof Long n ? Long.toString(n) : value.toString();
                text.append(s.getBytes(StandardCharsets.UTF_8).length).append(':').append(s);
            }
            text.append('\n');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean signed(Map<String, Object> checkpoint, String base64Key) throws Exception {
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(base64Key)));
        String payload = "csp-audit-checkpoint/v1\n" + checkpoint.get("partnerTenantId") + "\n"
                + number(checkpoint.get("chainSeq")) + "\n" + checkpoint.get("chainHash") + "\n"
                + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse((String) checkpoint.get("signedAt"))) + "\n"
                + checkpoint.get("keyId");
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(key);
        signature.update(payload.getBytes(StandardCharsets.UTF_8));
        return signature.verify(Base64.getDecoder().decode((String) checkpoint.get("signature")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Just enough JSON: objects, arrays, strings with escapes, integers, true, false, null. */
    private static final class Json {

        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return integer();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (text.charAt(at) == '}') {
                at++;
                return object;
            }
            while (true) {
                skipSpace();
                String name = string();
                skipSpace();
                expect(':');
                object.put(name, value());
                skipSpace();
                if (text.charAt(at++) == '}') {
                    return object;
                }
            }
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            at++;
            skipSpace();
            if (text.charAt(at) == ']') {
                at++;
                return array;
            }
            while (true) {
                array.add(value());
                skipSpace();
                if (text.charAt(at++) == ']') {
                    return array;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return s.toString();
                }
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> s.append('\n');
                    case 't' -> s.append('\t');
                    case 'r' -> s.append('\r');
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> s.append(escaped);
                }
            }
        }

        private Long integer() {
            int start = at;
            while (at < text.length() && (text.charAt(at) == '-' || Character.isDigit(text.charAt(at)))) {
                at++;
            }
            return Long.parseLong(text.substring(start, at));
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw new IllegalArgumentException("not JSON at " + at);
            }
            at += word.length();
            return value;
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
