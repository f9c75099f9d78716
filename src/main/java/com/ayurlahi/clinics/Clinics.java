package com.ayurlahi.clinics;

import com.ayurlahi.profiles.ProfileRepository;

interface Clinics extends ProfileRepository<Clinic> {

}
