"""The mailing list's addresses under /newsletter/ (PRODUCT.md's page map)."""

from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("", views.signup_page, name="sign-up"),
    path("subscribe/", views.subscribe, name="subscribe"),
    path("check-your-email/", views.check_your_email, name="check-your-email"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("preferences/<str:token>/", views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
