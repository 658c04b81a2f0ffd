package dev.csp.kit.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every list that pages ({@link Paging}: it reads a {@code cursor} query parameter) answers the same way, written
 * once instead of on each such operation: its 200 carries the {@code Link} header that names the next page, and a
 * {@code limit} or {@code cursor} that is not valid is a 400 (in the operation's own words where it declares a 400 for
 * its other parameters too).
 */
final class PageLinkHeader {

    static final String NAME = "Link";
    static final String DESCRIPTION = "`<…>; rel=\"next\"`: the next page, absent on the last.";

    private PageLinkHeader() {
    }

    static void document(Operation operation) {
        if (!isPaged(operation)) {
            return;
        }
        APIResponses responses = operation.getResponses();
        APIResponse page = responses.getAPIResponse("200");
        if (page != null && (page.getHeaders() == null || !page.getHeaders().containsKey(NAME))) {
            page.addHeader(NAME, header());
        }
        if (responses.getAPIResponse("400") == null) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("`limit` or `cursor` is not valid."));
        }
    }

    private static boolean isPaged(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "cursor".equals(p.getName()));
    }

    private static Header header() {
        return OASFactory.createHeader().description(DESCRIPTION)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }
}
