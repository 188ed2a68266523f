package org.ogicheck.model;

import java.util.List;

/**
 * A stated total with the parts stated with it: "办结81件，其中：予以公开及部分公开42件；不予公开5件…",
 * "分布情况为：公示公告类103条，…", or a total "通过网站、微博、微信等渠道主动公开…2425条" followed by a count
 * for each channel named.
 *
 * @param total    the stated total
 * @param parts    the stated parts, in order
 * @param complete whether the parts claim to be all of the total (分布情况为, 分别为, a last part 其他…,
 *                 every category of a breakdown, every channel named); when not, only parts exceeding
 *                 the total contradict it
 * @param how      how the parts were tied to the total: list, channels
 */
public record ClaimSum(Claim total, List<Claim> parts, boolean complete, String how) {
    public Claim getTotal() { return total; }
    public List<Claim> getParts() { return parts; }
    public boolean isComplete() { return complete; }
    public String getHow() { return how; }

    /** the parts added up */
    public long getSum() {
        long s = 0;
        for (Claim c : parts) s += c.getN();
        return s;
    }

    /**
     * whether the parts overlap: they exceed the total by exactly one of them ("发布信息2139条，其中动态类1744条，
     * 政务信息393条，解读类21条，回应热点2条": 1744+393+2 = 2139, the 21 counted inside another category);
     * when a listed part equals the difference. Two parts equal to it leave the reading as open: either may be
     * counted inside another ("发文161条，其中主动公开106条，不公开54条，政策规范文件1条，政策解读1条").
     */
    public boolean isOverlap() {
        long diff = getSum() - total.getN();
        if (diff <= 0 || parts.size() < 3) return false;
        for (Claim c : parts) if (c.getN() == diff) return true;
        return false;
    }

    /** "103+1+2" */
    public String getSumShown() {
        StringBuilder sb = new StringBuilder();
        for (Claim c : parts) {
            if (sb.length() > 0) sb.append('+');
            sb.append(c.getN());
        }
        return sb.toString();
    }
}
