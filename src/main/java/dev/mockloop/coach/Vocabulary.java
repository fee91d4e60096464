package dev.mockloop.coach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coach's word lists: the shorthand candidates write on a whiteboard, words that carry
 * no meaning of their own, and groups of words that name the same idea in system design.
 * Written for Mockloop from the bundled packs and common interview shorthand; a word
 * missing here is still matched by the sentence model.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Replaced in the lower-cased text before it is split into words. */
    static final Map<String, String> PHRASES = phrases(
            "w/o", " without ",
            "w/", " with ",
            "k/v", " key value ",
            "b/c", " because ",
            "r/w", " read write ",
            "->", " ",
            "=>", " ",
            "\u2192", " ",
            "e2e", " end to end ",
            "3-d secure", " 3ds ",
            "3d secure", " 3ds ",
            "point-in-time", " point in time ",
            "single-flight", " coalesce ",
            "single flight", " coalesce ",
            "in-mem", " local ",
            "in-memory", " local ",
            "in memory", " local ",
            "in-proc", " local ",
            "in-process", " local ");

    /** One word (lower case, as split) spelt out as one or more words. */
    static final Map<String, String> SHORTHAND = Map.ofEntries(
            Map.entry("lb", "load balancer"),
            Map.entry("lbs", "load balancer"),
            Map.entry("db", "database"),
            Map.entry("dbs", "database"),
            Map.entry("pg", "database"),
            Map.entry("postgres", "database"),
            Map.entry("postgresql", "database"),
            Map.entry("mysql", "database"),
            Map.entry("kv", "key value"),
            Map.entry("ttl", "ttl expiry"),
            Map.entry("ttls", "ttl expiry"),
            Map.entry("p99", "p99 percentile latency"),
            Map.entry("p95", "p95 percentile latency"),
            Map.entry("p50", "median latency"),
            Map.entry("qps", "request per second"),
            Map.entry("rps", "request per second"),
            Map.entry("tps", "request per second"),
            Map.entry("idem", "idempotency"),
            Map.entry("idempotent", "idempotency"),
            Map.entry("evt", "event"),
            Map.entry("evts", "event"),
            Map.entry("txn", "transaction"),
            Map.entry("txns", "transaction"),
            Map.entry("tx", "transaction"),
            Map.entry("svc", "service"),
            Map.entry("svcs", "service"),
            Map.entry("msg", "message"),
            Map.entry("msgs", "message"),
            Map.entry("req", "request"),
            Map.entry("reqs", "request"),
            Map.entry("resp", "response"),
            Map.entry("cfg", "configuration"),
            Map.entry("config", "configuration"),
            Map.entry("auth", "authentication authorisation"),
            Map.entry("mtls", "mutual tls"),
            Map.entry("hmac", "signature authentication"),
            Map.entry("sig", "signature"),
            Map.entry("sigs", "signature"),
            Map.entry("3ds", "3ds step up"),
            Map.entry("otp", "sms code"),
            Map.entry("2fa", "sms code"),
            Map.entry("fp", "false positive wrongly declined"),
            Map.entry("fps", "false positive wrongly declined"),
            Map.entry("fn", "false negative missed"),
            Map.entry("fns", "false negative missed"),
            Map.entry("ato", "account takeover"),
            Map.entry("gbdt", "gradient boosted model"),
            Map.entry("xgb", "gradient boosted model"),
            Map.entry("xgboost", "gradient boosted model"),
            Map.entry("cb", "circuit breaker"),
            Map.entry("asg", "autoscaling group"),
            Map.entry("autoscale", "auto scaling"),
            Map.entry("autoscaling", "auto scaling"),
            Map.entry("prewarm", "warm"),
            Map.entry("prescale", "scale"),
            Map.entry("inst", "instance"),
            Map.entry("mktg", "marketing"),
            Map.entry("mkt", "marketing"),
            Map.entry("eng", "engineer"),
            Map.entry("ms", "millisecond"),
            Map.entry("sec", "second"),
            Map.entry("secs", "second"),
            Map.entry("min", "minute"),
            Map.entry("mins", "minute"),
            Map.entry("hr", "hour"),
            Map.entry("hrs", "hour"),
            Map.entry("d", "day"),
            Map.entry("h", "hour"),
            Map.entry("tbl", "table"),
            Map.entry("col", "column"),
            Map.entry("uniq", "unique"),
            Map.entry("conn", "connection"),
            Map.entry("conns", "connection"),
            Map.entry("perf", "performance"),
            Map.entry("async", "asynchronous"),
            Map.entry("repl", "replica"),
            Map.entry("ack", "acknowledgement"),
            Map.entry("acks", "acknowledgement"),
            Map.entry("2xx", "success status"),
            Map.entry("cust", "customer"),
            Map.entry("custs", "customer"),
            Map.entry("acct", "account"),
            Map.entry("accts", "account"),
            Map.entry("ppl", "people"),
            Map.entry("mgr", "manager"),
            Map.entry("fs", "feature store"),
            Map.entry("feat", "feature"),
            Map.entry("feats", "feature"),
            Map.entry("est", "estimate"),
            Map.entry("nums", "estimate"),
            Map.entry("approx", "about"),
            Map.entry("vs", "versus"),
            Map.entry("seq", "sequence"),
            Map.entry("obj", "object"),
            Map.entry("ver", "version"),
            Map.entry("dist", "distribution"),
            Map.entry("info", "information"),
            Map.entry("ok", "acceptable"),
            Map.entry("okay", "acceptable"),
            Map.entry("fine", "acceptable"),
            Map.entry("q", "question"),
            Map.entry("qs", "question"));

    /** Words that say nothing on their own; dropped after spelling out shorthand. */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "as", "at", "by", "for", "from", "in", "into",
            "of", "on", "onto", "to", "with", "within", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "this", "that", "these", "those", "there", "their", "they", "them", "we", "our", "you", "your",
            "i", "me", "my", "he", "she", "his", "her", "do", "does", "did", "done", "has", "have", "had", "can",
            "could", "would", "should", "will", "shall", "may", "might", "must", "what", "which", "who", "whom",
            "how", "when", "where", "why", "all", "any", "each", "every", "some", "such", "than", "too", "very",
            "just", "also", "only", "own", "same", "other", "others", "one", "about", "over", "up", "down", "out",
            "off", "again", "once", "here", "both", "more", "most", "less", "via", "per", "etc", "eg", "ie",
            "use", "uses", "used", "using", "make", "makes", "made", "get", "gets", "got", "let", "lets", "like",
            "instead", "rather", "without", "not", "no", "never", "yes", "thing", "things", "way", "ways",
            "something", "somebody", "someone", "able", "need", "needs", "needed");

    /** Words naming one idea; the first word's stem stands for the group. */
    static final List<List<String>> SYNONYMS = List.of(
            List.of("cache", "caching", "cached", "redis", "memcache", "memcached", "caches"),
            List.of("queue", "kafka", "sqs", "kinesis", "pubsub", "topic", "stream", "queues", "streaming"),
            List.of("deduplicate", "dedupe", "dedup", "deduplication", "idempotency", "duplicate", "dupe", "dup"),
            List.of("database", "sql", "rdbms"),
            List.of("order", "ordering", "reorder", "sequence", "ordered"),
            List.of("signature", "signing", "signed", "sign"),
            List.of("replay", "refetch", "backfill", "redeliver", "resend"),
            List.of("outage", "down", "unavailable", "failure", "fails"),
            List.of("cap", "limit", "quota", "limits", "capped"),
            List.of("threshold", "cutoff", "cut"),
            List.of("decline", "block", "reject", "deny"),
            List.of("shed", "drop", "shedding"),
            List.of("instance", "pod", "node", "server", "host", "machine"),
            List.of("region", "regional"),
            List.of("stale", "staleness", "fresh", "freshness", "outdated"),
            List.of("invalidate", "invalidation", "purge", "evict", "eviction", "bust"),
            List.of("retry", "retries", "retried", "retrying"),
            List.of("backoff", "exponential"),
            List.of("warm", "warming", "prewarmed"),
            List.of("coalesce", "coalescing", "singleflight", "collapse", "collapsing"),
            List.of("shadow", "dark"),
            List.of("holdout", "control"),
            List.of("drift", "shift"),
            List.of("latency", "slow", "fast", "speed"),
            List.of("storage", "disk", "bytes", "gb", "tb", "mb", "kb"),
            List.of("peak", "burst", "spike", "surge"),
            List.of("consistent", "consistency", "exact", "accurate"),
            List.of("overshoot", "overrun"),
            List.of("priority", "prioritise", "prioritize", "important", "critical"),
            List.of("bottleneck", "constraint"),
            List.of("stagger", "spread", "staggered", "smear"),
            List.of("customer", "user", "shopper", "client", "merchant"),
            List.of("harm", "damage", "cost", "impact", "loss"),
            List.of("monitor", "monitoring", "alert", "alerts", "dashboard", "dashboards", "alarm"),
            List.of("lesson", "learned", "takeaway"),
            List.of("recommend", "recommendation", "rec", "pick", "choose", "decision"),
            List.of("trust", "confidence"),
            List.of("pushback", "challenge", "disagree"),
            List.of("million", "m"),
            List.of("local", "inmem", "ram", "inproc"),
            List.of("sync", "synced", "synchronise", "synchronize", "flush", "flushes", "flushed"),
            List.of("checklist", "runbook", "playbook"));

    private static Map<String, String> phrases(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
