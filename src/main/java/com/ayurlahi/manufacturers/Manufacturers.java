package com.ayurlahi.manufacturers;

import com.ayurlahi.profiles.ProfileRepository;

interface Manufacturers extends ProfileRepository<Manufacturer> {

}
