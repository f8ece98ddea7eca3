package id.go.cilegon.sigap.command.informationrequest.api;

import java.util.Objects;

/**
 * A file of the information granted, put where the requester downloads it with the tracking code. The file itself
 * is kept outside the event (GridFS); the event names it and fixes its content by its SHA-256.
 *
 * @param documentId the stored file's id
 * @param fileName   the name the requester's download carries
 * @param mediaType  the type read from the file's content, never from its name
 * @param sha256     the content's SHA-256, hexadecimal
 */
public record ReleasedDocument(String documentId, String fileName, String mediaType, long size, String sha256) {

    public ReleasedDocument {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
