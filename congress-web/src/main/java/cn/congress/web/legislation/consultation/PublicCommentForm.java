package cn.congress.web.legislation.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The public comment form: the fields a person may fill and nothing more (minimal data). {@code website} is the
 * honeypot, hidden from people; {@code startedAt} the signed moment the form was served.
 */
record PublicCommentForm(
        @Min(value = 1, message = "请选择条文") @Max(value = 10000, message = "请选择条文") Integer articleNo,
        @NotBlank(message = "请填写意见内容") @Size(max = 2000, message = "意见内容不能超过2000字") String body,
        @Size(max = 64, message = "姓名不能超过64字") String name,
        @Size(max = 128, message = "联系方式不能超过128字") String contact,
        Boolean consent,
        @Size(max = 200, message = "网址不能超过200字") String website,
        @Size(max = 100, message = "表单时间不能超过100字") String startedAt,
        @Size(max = 16, message = "请填写验证码或算式的结果") String captcha,
        @Size(max = 16, message = "请填写11位手机号码") String phone,
        @Size(max = 8, message = "验证码为6位数字") String code,
        @Size(max = 16, message = "发送验证码不能超过16字") String sendCode) {

    static PublicCommentForm empty(Integer articleNo) {
        return new PublicCommentForm(articleNo, "", "", "", false, "", null, "", "", "", null);
    }

}
