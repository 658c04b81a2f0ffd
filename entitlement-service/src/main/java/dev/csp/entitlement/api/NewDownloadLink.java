package dev.csp.entitlement.api;

import dev.csp.events.activity.DownloadVariant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The build a link is for, as chosen from the entitlement's {@code downloads}. */
public record NewDownloadLink(@NotBlank @Size(max = 50) String version, @NotBlank @Size(max = 35) String language,
                              @NotBlank @Size(max = 20) String bitness) {

    DownloadVariant variant() {
        return new DownloadVariant(version, language, bitness);
    }
}
