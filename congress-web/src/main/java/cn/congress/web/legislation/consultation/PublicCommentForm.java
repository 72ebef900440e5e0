package cn.congress.web.legislation.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * The public comment form: the fields a person may fill and nothing more (minimal data). {@code website} is the
 * honeypot, hidden from people; {@code startedAt} the signed moment the form was served.
 * <p>
 * A bean with setters, unlike the application's record forms: a record is bound through its constructor, and Spring
 * builds each constructor parameter's description afresh per request (its nullness and annotations by reflection,
 * about a quarter of a public comment's request CPU), while setters are bound through descriptions cached per class.
 * This form is sent a thousand times a second during a national consultation.
 */
@Getter
@Setter
@NoArgsConstructor
class PublicCommentForm {

    @Min(value = 1, message = "请选择条文")
    @Max(value = 10000, message = "请选择条文")
    private Integer articleNo;
    @NotBlank(message = "请填写意见内容")
    @Size(max = 2000, message = "意见内容不能超过2000字")
    private String body;
    @Size(max = 64, message = "姓名不能超过64字")
    private String name;
    @Size(max = 128, message = "联系方式不能超过128字")
    private String contact;
    private Boolean consent;
    @Size(max = 200, message = "网址不能超过200字")
    private String website;
    @Size(max = 100, message = "表单时间不能超过100字")
    private String startedAt;
    @Size(max = 16, message = "请填写验证码或算式的结果")
    private String captcha;
    @Size(max = 16, message = "请填写11位手机号码")
    private String phone;
    @Size(max = 8, message = "验证码为6位数字")
    private String code;
    @Size(max = 16, message = "发送验证码不能超过16字")
    private String sendCode;

    static PublicCommentForm empty(Integer articleNo) {
        PublicCommentForm form = new PublicCommentForm();
        form.articleNo = articleNo;
        form.body = "";
        form.name = "";
        form.contact = "";
        form.consent = false;
        form.website = "";
        form.captcha = "";
        form.phone = "";
        form.code = "";
        return form;
    }
}
