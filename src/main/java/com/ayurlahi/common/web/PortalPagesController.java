package com.ayurlahi.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public landing page and the home page of each portal. Which roles may open a portal is decided by the
 * security configuration, not here.
 */
@Controller
class PortalPagesController {

    @GetMapping("/")
    String landing() {
        return "public/landing";
    }

    @GetMapping("/clinic")
    String clinicHome() {
        return "clinic/home";
    }

    @GetMapping("/manufacturer")
    String manufacturerHome() {
        return "manufacturer/home";
    }

    @GetMapping("/admin")
    String adminHome() {
        return "admin/home";
    }
}
