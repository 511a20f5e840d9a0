package fr.education.traam.productions.attachment.persistence;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import fr.education.traam.productions.attachment.AttachmentFiles;
import fr.education.traam.productions.attachment.AttachmentId;
import fr.education.traam.productions.attachment.AttachmentType;
import fr.education.traam.productions.attachment.OpenedAttachment;
import fr.education.traam.productions.attachment.StoredAttachment;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attachments in GridFS: one file per attachment, its id the attachment's, its description in the file's
 * metadata, its bytes in 255 KB chunks ({@code attachments.files}, {@code attachments.chunks}). A production's are found
 * by an index on {@code metadata.productionId}.
 */
@Repository
class GridFsAttachmentFiles implements AttachmentFiles {

    static final String BUCKET = "attachments";

    private final GridFSBucket bucket;

    GridFsAttachmentFiles(MongoDatabaseFactory databases) {
        this.bucket = GridFSBuckets.create(databases.getMongoDatabase(), BUCKET);
        databases.getMongoDatabase().getCollection(BUCKET + ".files").createIndex(
                Indexes.ascending("metadata.productionId", "uploadDate"), new IndexOptions().name("production"));
    }

    @Override
    public void store(StoredAttachment attachment, InputStream content) {
        Document metadata = new Document("productionId", attachment.productionId())
                .append("contentType", attachment.contentType())
                .append("sha256", attachment.sha256())
                .append("storedAt", java.util.Date.from(attachment.storedAt()));
        bucket.uploadFromStream(new BsonString(attachment.id().value()), attachment.fileName(), content,
                new GridFSUploadOptions().metadata(metadata));
    }

    @Override
    public Optional<OpenedAttachment> open(AttachmentId id) {
        GridFSFile file = bucket.find(Filters.eq("_id", id.value())).first();
        if (file == null) {
            return Optional.empty();
        }
        BsonString fileId = new BsonString(id.value());
        return Optional.of(new OpenedAttachment(described(file), () -> bucket.openDownloadStream(fileId)));
    }

    @Override
    public boolean delete(AttachmentId id) {
        try {
            bucket.delete(new BsonString(id.value()));
            return true;
        } catch (MongoGridFSException noSuchFile) {
            return false;
        }
    }

    @Override
    public List<StoredAttachment> ofProduction(String productionId) {
        List<StoredAttachment> attachments = new ArrayList<>();
        bucket.find(Filters.eq("metadata.productionId", productionId)).sort(Sorts.ascending("uploadDate", "_id"))
                .forEach(file -> attachments.add(described(file)));
        return attachments;
    }

    private static StoredAttachment described(GridFSFile file) {
        Document metadata = file.getMetadata();
        AttachmentType type = AttachmentType.ofMediaType(metadata.getString("contentType"))
                .orElseThrow(() -> new IllegalStateException("attachment " + file.getId() + " has an unknown type"));
        return new StoredAttachment(new AttachmentId(file.getId().asString().getValue()), metadata.getString("productionId"),
                file.getFilename(), type, file.getLength(), metadata.getString("sha256"), metadata.getDate("storedAt").toInstant());
    }
}
