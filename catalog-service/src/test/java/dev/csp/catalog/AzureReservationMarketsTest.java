package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The source document lists, by name, the markets where Azure reservations are not sold. Each name must find its
 * market through the API, that market must refuse reservations, and no other market may.
 */
@QuarkusTest
class AzureReservationMarketsTest {

    /** Every name of the document's table, exactly as written there, with the ISO code it means. */
    private static final Map<String, String> DOCUMENT = documentTable();

    @Test
    void everyMarketTheDocumentListsFindsItsCodeByNameAndRefusesReservations() {
        for (Map.Entry<String, String> listed : DOCUMENT.entrySet()) {
            as(DemoUser.CONTOSO_SALES_AGENT).queryParam("name", listed.getKey()).get("/v1/markets").then()
                    .statusCode(200)
                    .body("code", equalTo(List.of(listed.getValue())))
                    .body("[0].azureReservationsAvailable", equalTo(false));
        }
    }

    @Test
    void reservationsAreUnavailableInExactlyTheListedMarkets() {
        List<String> unavailable = as(DemoUser.CONTOSO_SALES_AGENT).queryParam("azureReservationsAvailable", false)
                .get("/v1/markets").then().statusCode(200).extract().path("code");

        assertEquals(109, DOCUMENT.size());
        assertEquals(new TreeSet<>(DOCUMENT.values()), new TreeSet<>(unavailable));
        assertEquals(106, unavailable.size(), "Bonaire, Saba and Sint Eustatius are one market; so are Svalbard and Jan Mayen");
    }

    @Test
    void aBroadSetOfOtherMarketsSellsReservationsIncludingNeighboursOfListedNames() {
        Set<String> available = Set.of("US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "GB", "IE", "FR", "DE", "NL",
                "BE", "LU", "ES", "PT", "IT", "CH", "AT", "DK", "NO", "SE", "FI", "IS", "PL", "CZ", "HU", "RO", "BG", "GR",
                "TR", "UA", "IL", "AE", "SA", "QA", "EG", "MA", "KE", "ZA", "GH", "IN", "PK", "BD", "LK", "JP",
                "KR", "TW", "HK", "MO", "SG", "MY", "ID", "TH", "VN", "PH", "AU", "NZ", "FJ", "MN", "KZ", "RU",
                // next to listed names: Dominican Republic (Dominica is listed), Nigeria (Niger), Sudan (South Sudan),
                // U.S. Virgin Islands (British Virgin Islands), Curaçao (Sint Maarten), Saint Kitts and Nevis
                "DO", "NG", "SD", "VI", "CW", "KN", "PR", "FO", "PY",
                "MC", "LI", "MT", "CY", "EH", "CM", "SN", "CI", "ET", "TZ", "UG", "RW", "ZM", "ZW", "BW", "NA", "AO");
        for (String code : available) {
            as(DemoUser.CONTOSO_SALES_AGENT).get("/v1/markets/" + code.toLowerCase()).then().statusCode(200)
                    .body("azureReservationsAvailable", equalTo(true));
            as(DemoUser.CONTOSO_SALES_AGENT).queryParam("market", code)
                    .get("/v1/products/reserved-vm-d2s-v5/skus/vm-d2sv5-eastus/availability").then().statusCode(200)
                    .body("available", equalTo(true));
        }
    }

    @Test
    void theAvailabilityCheckGivesTheReasonInEveryListedMarket() {
        for (String code : new TreeSet<>(DOCUMENT.values())) {
            as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", code)
                    .get("/v1/products/reserved-vm-d4s-v5/skus/vm-d4sv5-westeurope/availability").then().statusCode(200)
                    .body("available", equalTo(false)).body("market", equalTo(code))
                    .body("reason", equalTo("azure-reservations-unavailable-in-market"));
        }
    }

    private static Map<String, String> documentTable() {
        Map<String, String> t = new TreeMap<>();
        String[][] rows = {
                {"Aland Islands", "AX"}, {"American Samoa", "AS"}, {"Andorra", "AD"}, {"Anguilla", "AI"},
                {"Antarctica", "AQ"}, {"Antigua and Barbuda", "AG"}, {"Aruba", "AW"}, {"Azerbaijan", "AZ"},
                {"Benin", "BJ"}, {"Bhutan", "BT"}, {"Bonaire", "BQ"}, {"Bouvet Island", "BV"},
                {"British Indian Ocean Territory", "IO"}, {"British Virgin Islands", "VG"}, {"Burkina Faso", "BF"},
                {"Burundi", "BI"}, {"Cambodia", "KH"}, {"Central African Republic", "CF"}, {"Chad", "TD"},
                {"China", "CN"}, {"Christmas Island", "CX"}, {"Cocos (Keeling) Islands", "CC"}, {"Comoros", "KM"},
                {"Congo", "CG"}, {"Congo (DRC)", "CD"}, {"Cook Islands", "CK"}, {"Djibouti", "DJ"}, {"Dominica", "DM"},
                {"Equatorial Guinea", "GQ"}, {"Eritrea", "ER"}, {"Falkland Islands", "FK"}, {"French Guiana", "GF"},
                {"French Polynesia", "PF"}, {"French Southern Territories", "TF"}, {"Gabon", "GA"}, {"Gambia", "GM"},
                {"Gibraltar", "GI"},
                {"Greenland", "GL"}, {"Grenada", "GD"}, {"Guadeloupe", "GP"}, {"Guam", "GU"}, {"Guernsey", "GG"},
                {"Guinea", "GN"}, {"Guinea-Bissau", "GW"}, {"Guyana", "GY"}, {"Haiti", "HT"},
                {"Heard Island and McDonald Islands", "HM"}, {"Isle of Man", "IM"}, {"Jan Mayen", "SJ"},
                {"Jersey", "JE"}, {"Kiribati", "KI"}, {"Kosovo", "XK"}, {"Laos", "LA"}, {"Lesotho", "LS"},
                {"Liberia", "LR"}, {"Madagascar", "MG"}, {"Malawi", "MW"}, {"Maldives", "MV"}, {"Mali", "ML"},
                {"Marshall Islands", "MH"}, {"Martinique", "MQ"}, {"Mauritania", "MR"}, {"Mayotte", "YT"},
                {"Micronesia", "FM"}, {"Montserrat", "MS"}, {"Mozambique", "MZ"}, {"Myanmar", "MM"}, {"Nauru", "NR"},
                {"New Caledonia", "NC"}, {"Niger", "NE"}, {"Niue", "NU"}, {"Norfolk Island", "NF"},
                {"Northern Mariana Islands", "MP"}, {"Palau", "PW"},
                {"Papua New Guinea", "PG"}, {"Pitcairn Islands", "PN"}, {"Reunion", "RE"}, {"Saba", "BQ"},
                {"Saint Barthélemy", "BL"}, {"Saint Lucia", "LC"}, {"Saint Martin", "MF"},
                {"Saint Pierre and Miquelon", "PM"}, {"Saint Vincent and the Grenadines", "VC"}, {"Samoa", "WS"},
                {"San Marino", "SM"}, {"São Tomé and Príncipe", "ST"}, {"Seychelles", "SC"}, {"Sierra Leone", "SL"},
                {"Sint Eustatius", "BQ"}, {"Sint Maarten", "SX"}, {"Solomon Islands", "SB"}, {"Somalia", "SO"},
                {"South Georgia and South Sandwich Islands", "GS"}, {"South Sudan", "SS"},
                {"St Helena, Ascension, Tristan da Cunha", "SH"}, {"Suriname", "SR"}, {"Svalbard", "SJ"},
                {"Swaziland", "SZ"}, {"Timor-Leste", "TL"}, {"Togo", "TG"}, {"Tokelau", "TK"}, {"Tonga", "TO"},
                {"Turks and Caicos Islands", "TC"}, {"Tuvalu", "TV"}, {"U.S. Outlying Islands", "UM"},
                {"Vanuatu", "VU"}, {"Vatican City", "VA"}, {"Wallis and Futuna", "WF"}, {"Yemen", "YE"}};
        for (String[] row : rows) {
            t.put(row[0], row[1]);
        }
        return t;
    }

    private static io.restassured.specification.RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user));
    }
}
