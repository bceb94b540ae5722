; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/037_fp_integration.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/037_fp_integration.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: minsize nounwind optsize uwtable
define dso_local double @trapezoid(ptr noundef %0, double noundef %1, double noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !5
  store double %1, ptr %6, align 8, !tbaa !9
  store double %2, ptr %7, align 8, !tbaa !9
  store i32 %3, ptr %8, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #3
  %12 = load double, ptr %7, align 8, !tbaa !9
  %13 = load double, ptr %6, align 8, !tbaa !9
  %14 = fsub double %12, %13
  %15 = load i32, ptr %8, align 4, !tbaa !11
  %16 = sitofp i32 %15 to double
  %17 = fdiv double %14, %16
  store double %17, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #3
  %18 = load ptr, ptr %5, align 8, !tbaa !5
  %19 = load double, ptr %6, align 8, !tbaa !9
  %20 = call double %18(double noundef %19) #4
  %21 = load ptr, ptr %5, align 8, !tbaa !5
  %22 = load double, ptr %7, align 8, !tbaa !9
  %23 = call double %21(double noundef %22) #4
  %24 = fadd double %20, %23
  %25 = fmul double 5.000000e-01, %24
  store double %25, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #3
  store i32 1, ptr %11, align 4, !tbaa !11
  br label %26

26:                                               ; preds = %41, %4
  %27 = load i32, ptr %11, align 4, !tbaa !11
  %28 = load i32, ptr %8, align 4, !tbaa !11
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %31, label %30

30:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #3
  br label %44

31:                                               ; preds = %26
  %32 = load ptr, ptr %5, align 8, !tbaa !5
  %33 = load double, ptr %6, align 8, !tbaa !9
  %34 = load i32, ptr %11, align 4, !tbaa !11
  %35 = sitofp i32 %34 to double
  %36 = load double, ptr %9, align 8, !tbaa !9
  %37 = call double @llvm.fmuladd.f64(double %35, double %36, double %33)
  %38 = call double %32(double noundef %37) #4
  %39 = load double, ptr %10, align 8, !tbaa !9
  %40 = fadd double %39, %38
  store double %40, ptr %10, align 8, !tbaa !9
  br label %41

41:                                               ; preds = %31
  %42 = load i32, ptr %11, align 4, !tbaa !11
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %11, align 4, !tbaa !11
  br label %26, !llvm.loop !13

44:                                               ; preds = %30
  %45 = load double, ptr %10, align 8, !tbaa !9
  %46 = load double, ptr %9, align 8, !tbaa !9
  %47 = fmul double %45, %46
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #3
  ret double %47
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local double @simpson(ptr noundef %0, double noundef %1, double noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !5
  store double %1, ptr %6, align 8, !tbaa !9
  store double %2, ptr %7, align 8, !tbaa !9
  store i32 %3, ptr %8, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #3
  %12 = load double, ptr %7, align 8, !tbaa !9
  %13 = load double, ptr %6, align 8, !tbaa !9
  %14 = fsub double %12, %13
  %15 = load i32, ptr %8, align 4, !tbaa !11
  %16 = sitofp i32 %15 to double
  %17 = fdiv double %14, %16
  store double %17, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #3
  %18 = load ptr, ptr %5, align 8, !tbaa !5
  %19 = load double, ptr %6, align 8, !tbaa !9
  %20 = call double %18(double noundef %19) #4
  %21 = load ptr, ptr %5, align 8, !tbaa !5
  %22 = load double, ptr %7, align 8, !tbaa !9
  %23 = call double %21(double noundef %22) #4
  %24 = fadd double %20, %23
  store double %24, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #3
  store i32 1, ptr %11, align 4, !tbaa !11
  br label %25

25:                                               ; preds = %45, %4
  %26 = load i32, ptr %11, align 4, !tbaa !11
  %27 = load i32, ptr %8, align 4, !tbaa !11
  %28 = icmp slt i32 %26, %27
  br i1 %28, label %30, label %29

29:                                               ; preds = %25
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #3
  br label %48

30:                                               ; preds = %25
  %31 = load ptr, ptr %5, align 8, !tbaa !5
  %32 = load double, ptr %6, align 8, !tbaa !9
  %33 = load i32, ptr %11, align 4, !tbaa !11
  %34 = sitofp i32 %33 to double
  %35 = load double, ptr %9, align 8, !tbaa !9
  %36 = call double @llvm.fmuladd.f64(double %34, double %35, double %32)
  %37 = call double %31(double noundef %36) #4
  %38 = load i32, ptr %11, align 4, !tbaa !11
  %39 = srem i32 %38, 2
  %40 = icmp ne i32 %39, 0
  %41 = zext i1 %40 to i64
  %42 = select i1 %40, double 4.000000e+00, double 2.000000e+00
  %43 = load double, ptr %10, align 8, !tbaa !9
  %44 = call double @llvm.fmuladd.f64(double %37, double %42, double %43)
  store double %44, ptr %10, align 8, !tbaa !9
  br label %45

45:                                               ; preds = %30
  %46 = load i32, ptr %11, align 4, !tbaa !11
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %11, align 4, !tbaa !11
  br label %25, !llvm.loop !15

48:                                               ; preds = %29
  %49 = load double, ptr %10, align 8, !tbaa !9
  %50 = load double, ptr %9, align 8, !tbaa !9
  %51 = fmul double %49, %50
  %52 = fdiv double %51, 3.000000e+00
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #3
  ret double %52
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local double @square(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8, !tbaa !9
  %3 = load double, ptr %2, align 8, !tbaa !9
  %4 = load double, ptr %2, align 8, !tbaa !9
  %5 = fmul double %3, %4
  ret double %5
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local double @cubic(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8, !tbaa !9
  %3 = load double, ptr %2, align 8, !tbaa !9
  %4 = load double, ptr %2, align 8, !tbaa !9
  %5 = fmul double %3, %4
  %6 = load double, ptr %2, align 8, !tbaa !9
  %7 = load double, ptr %2, align 8, !tbaa !9
  %8 = fneg double %7
  %9 = call double @llvm.fmuladd.f64(double %5, double %6, double %8)
  ret double %9
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local double @reciprocal(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8, !tbaa !9
  %3 = load double, ptr %2, align 8, !tbaa !9
  %4 = fdiv double 1.000000e+00, %3
  ret double %4
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }
attributes #4 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
