package dev.csp.order.api;

import dev.csp.kit.api.Problem;
import dev.csp.order.domain.CancellationRefused;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused cancellation as problem+json, like every other 409, plus the RFC 9457 extension member
 * {@code supportRequestUrl} when the answer is to file a support request (the kit's Problem has no extensions yet).
 */
class CancellationRefusedMapper {

    @ServerExceptionMapper
    Response refused(CancellationRefused e) {
        Problem problem = e.problem();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("code", problem.code());
        String link = CancellationEligibility.supportRequestUrl(e.orderId(), e.assessment());
        if (link != null) {
            body.put("supportRequestUrl", link);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
