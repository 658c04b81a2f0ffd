package dev.csp.testing;

import io.restassured.RestAssured;

/** Reads one series' value from /q/metrics, as Prometheus would see it (summed over its tags; NaN when absent). */
public final class PrometheusScrape {

    private PrometheusScrape() {
    }

    public static double value(String series) {
        return RestAssured.get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " ") || line.startsWith(series + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .reduce(Double::sum).orElse(Double.NaN);
    }
}
