"""/<lang>/data/…: the Data page, the API guide and the feeds."""

from django.urls import path

from . import feeds, views

app_name = "opendata"

urlpatterns = [
    path("", views.data_page, name="data"),
    path("api/", views.api_docs, name="api_docs"),
    path("practices.<str:file_format>", views.download, name="download"),
    path("feeds/practices/", feeds.practices_feed, name="practices_feed"),
    path(
        "feeds/practices/city/<slug:slug>/", feeds.city_practices_feed, name="city_practices_feed"
    ),
    path(
        "feeds/practices/theme/<slug:slug>/",
        feeds.theme_practices_feed,
        name="theme_practices_feed",
    ),
    path("feeds/news/city/<slug:slug>/", feeds.city_news_feed, name="city_news_feed"),
]
