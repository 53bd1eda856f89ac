from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Answer, Question


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["title", "body"]
        labels = {"title": _("Your question"), "body": _("Details")}


class AnswerForm(forms.ModelForm):
    class Meta:
        model = Answer
        fields = ["body"]
        labels = {"body": _("Your answer")}
