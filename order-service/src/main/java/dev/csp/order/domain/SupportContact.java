package dev.csp.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who support calls back about a request. */
@Embeddable
public record SupportContact(
        @Column(name = "contact_name", nullable = false) String name,
        @Column(name = "contact_email", nullable = false) String email,
        @Column(name = "contact_phone", nullable = false) String phone) {
}
