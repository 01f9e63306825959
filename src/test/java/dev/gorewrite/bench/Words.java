package dev.gorewrite.bench;

import java.util.Locale;
import java.util.Random;

/** Word lists and identifier spelling for {@link CorpusGenerator}. */
final class Words {
    private Words() {}

    /** Entity nouns: none is a Go keyword, a predeclared name or a local name the templates use. */
    static final String[] NOUNS = {
        "Account", "Invoice", "Order", "Payment", "Customer", "Shipment", "Tenant", "Cluster", "Node", "Workload",
        "Job", "Message", "Alert", "Incident", "Token", "Session", "Profile", "Report", "Metric", "Budget",
        "Quota", "Policy", "Rule", "Route", "Endpoint", "Backend", "Snapshot", "Volume", "Image", "Artifact",
        "Release", "Deployment", "Signal", "Workflow", "Remediation", "Notification", "Subscription", "Ledger",
        "Cart", "Product", "Price", "Discount", "Coupon", "Warehouse", "Region", "Zone", "Lease", "Chunk",
        "Segment", "Partition", "Replica", "Shard", "Document", "Schema", "Migration", "Annotation", "Secret",
        "Certificate", "Credential", "Role", "Permission", "Member", "Team", "Project", "Pipeline", "Stage",
        "Task", "Attempt", "Checkpoint", "Cursor", "Window", "Bucket", "Tariff", "Carrier", "Parcel", "Vendor",
        "Contract", "Campaign", "Audience", "Review", "Rating", "Thumbnail", "Upload", "Webhook", "Heartbeat",
        "Probe", "Runbook", "Escalation", "Timeline", "Forecast", "Threshold", "Sample", "Dataset", "Feature"
    };
    static final String[] ADJECTIVES = {
        "Pending", "Stale", "Remote", "Local", "Cached", "Primary", "Shadow", "Partial", "Global", "Regional",
        "Archived", "Draft", "Signed", "Scheduled", "Expired", "Verified"
    };
    static final String[] SUFFIXES = {"Line", "Batch", "Record", "Spec", "Summary", "Entry", "Draft", "Revision"};
    static final String[] VERBS = {
        "Fetch", "Load", "Sync", "Validate", "Resolve", "Compute", "Render", "Publish", "Dispatch", "Schedule",
        "Reconcile", "Enqueue", "Drain", "Flush", "Prune", "Merge", "Normalize", "Refresh", "Rotate", "Scan",
        "Export", "Archive", "Replay", "Settle", "Audit", "Index", "Promote", "Expire"
    };
    static final String[] TEAMS = {"payments", "platform", "sre", "growth", "core", "data", "edge", "search", "identity"};
    static final String[] TABLE_COLUMNS = {
        "tenant_id", "status", "priority", "owner", "region", "amount_cents", "currency", "version", "checksum",
        "expires_at", "attempts", "size_bytes", "external_ref", "weight"
    };
    static final String[] SENTENCES = {
        "It is safe for concurrent use by multiple goroutines.",
        "The zero value is not usable; construct one with the package's New function.",
        "Callers must not modify the returned value; copy it first.",
        "Errors wrap the underlying cause, so errors.Is and errors.As work on them.",
        "The result is sorted by id so that repeated calls are stable.",
        "A cancelled context stops the work at the next item and returns ctx.Err().",
        "Timestamps are always UTC.",
        "Labels are copied, never shared with the caller.",
        "This is the hot path of the reconciler, so it avoids allocating per item.",
        "See the service's README for the wire format.",
        "Retries use exponential backoff with full jitter.",
        "It never blocks for longer than the configured timeout.",
        "Unknown fields are rejected rather than silently dropped.",
        "The format is stable: dashboards and alerts parse it.",
        "Deleted entries are kept for one retention period so that replays stay idempotent."
    };

    static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    /** {@code PendingInvoice} -> {@code pending_invoice}. */
    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                b.append('_');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** {@code PendingInvoice} -> {@code pending invoice}. */
    static String human(String camel) {
        return snake(camel).replace('_', ' ');
    }

    /** {@code PendingInvoice} -> {@code pendingInvoice}. */
    static String lowerCamel(String camel) {
        return Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    }

    static String plural(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
