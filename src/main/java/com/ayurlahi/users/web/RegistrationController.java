package com.ayurlahi.users.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Self-registration of clinic and manufacturer users. A new user is signed in straight away and lands on
 * their portal; a signed-in user who opens the page is sent to their portal.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

    private static final String FORM = "public/register";

    private final UserManagement userManagement;
    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();
    private final SessionAuthenticationStrategy sessionStrategy = new CompositeSessionAuthenticationStrategy(
            List.of(new ChangeSessionIdAuthenticationStrategy(),
                    new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

    RegistrationController(UserManagement userManagement, AuthenticationManager authenticationManager) {
        this.userManagement = userManagement;
        this.authenticationManager = authenticationManager;
    }

    @GetMapping
    String form(@AuthenticationPrincipal @Nullable AuthenticatedUser user, Model model) {
        if (user != null) {
            return "redirect:" + user.role().portal().path();
        }
        model.addAttribute("registration", RegistrationFormData.empty());
        return FORM;
    }

    @PostMapping
    String register(@Valid @ModelAttribute("registration") RegistrationFormData form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        User user;
        try {
            user = userManagement.register(form.toNewAccount());
        } catch (ConflictException conflict) {
            FormErrors.reject(errors, conflict, "email");
            return FORM;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(errors, invalid);
            return FORM;
        }
        signIn(user.getEmail(), String.valueOf(form.password()), request, response);
        FlashMessage.success(redirect, "Welcome to Ayurlahi, " + user.getFullName() + ". Your account is ready.");
        return "redirect:" + user.getRole().portal().path();
    }

    private void signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken credentials = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        credentials.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        Authentication authentication = authenticationManager.authenticate(credentials);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessionStrategy.onAuthentication(authentication, request, response);
        securityContextRepository.saveContext(context, request, response);
    }
}
