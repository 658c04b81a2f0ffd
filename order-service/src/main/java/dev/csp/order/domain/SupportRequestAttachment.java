package dev.csp.order.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.UUID;

/** A file a partner added to a support request, kept in the database with its checksum. */
@Entity
public class SupportRequestAttachment {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    SupportRequest request;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String fileName;

    @Column(nullable = false)
    public String contentType;

    @Column(nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    /** Read only when someone downloads the file, never when requests are listed. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    protected SupportRequestAttachment() {
    }

    SupportRequestAttachment(SupportRequest request, int position, Attachment file) {
        this.id = UUID.randomUUID();
        this.request = request;
        this.position = position;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
    }
}
