; ModuleID = '/tmp/llmopt-split-qx_0w0tl/in.ll'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/081_switch_dense.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @roman_value(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !5
  %4 = load i8, ptr %3, align 1, !tbaa !5
  %5 = sext i8 %4 to i32
  switch i32 %5, label %13 [
    i32 73, label %6
    i32 86, label %7
    i32 88, label %8
    i32 76, label %9
    i32 67, label %10
    i32 68, label %11
    i32 77, label %12
  ]

6:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %14

7:                                                ; preds = %1
  store i32 5, ptr %2, align 4
  br label %14

8:                                                ; preds = %1
  store i32 10, ptr %2, align 4
  br label %14

9:                                                ; preds = %1
  store i32 50, ptr %2, align 4
  br label %14

10:                                               ; preds = %1
  store i32 100, ptr %2, align 4
  br label %14

11:                                               ; preds = %1
  store i32 500, ptr %2, align 4
  br label %14

12:                                               ; preds = %1
  store i32 1000, ptr %2, align 4
  br label %14

13:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %14

14:                                               ; preds = %13, %12, %11, %10, %9, %8, %7, %6
  %15 = load i32, ptr %2, align 4
  ret i32 %15
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
